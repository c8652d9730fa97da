package org.opencounty.printing.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.opencounty.printing.OfficialLayout;
import org.opencounty.printing.OfficialPrinting;
import org.springframework.stereotype.Component;

/** Renders the print view from {@code printing/official.jte}; the PDF is the same page. */
@Component
class TemplatePrinting implements OfficialPrinting {

    private final TemplateEngine templates;

    TemplatePrinting(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public String html(OfficialLayout layout) {
        StringOutput out = new StringOutput();
        templates.render("printing/official.jte", Map.of("layout", layout), out);
        return out.toString();
    }

    @Override
    public byte[] pdf(OfficialLayout layout) {
        throw new UnsupportedOperationException("PDF rendering arrives with the printing module's next commit");
    }
}
