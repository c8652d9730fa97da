package org.opencounty.printing.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.opencounty.printing.OfficialLayout;
import org.opencounty.printing.OfficialPrinting;
import org.springframework.stereotype.Component;

/**
 * Renders the print view from {@code printing/official.jte}, and the PDF from that same page with openhtmltopdf
 * (PDFBox underneath), so that paper and screen cannot drift apart. The page is parsed by jsoup first because the
 * sanitised body is HTML, not XML. The Chinese font is shipped in the jar and embedded as a subset: a PDF sent to
 * a township must show the same characters on a machine without Chinese fonts (docs/adr/0013).
 */
@Component
class TemplatePrinting implements OfficialPrinting {

    static final String FONT_FAMILY = "OpenCounty CJK";
    private static final String FONT = "/printing/fonts/DroidSansFallbackFull.ttf";

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
        org.jsoup.nodes.Document page = Jsoup.parse(html(layout));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // One face for every weight: a heavier face would add megabytes for the title line alone.
            builder.useFont(TemplatePrinting::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(TemplatePrinting::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(page), "/");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF of " + layout.title(), e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font() {
        InputStream in = TemplatePrinting.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("The PDF font " + FONT + " is missing from the build");
        }
        return in;
    }
}
