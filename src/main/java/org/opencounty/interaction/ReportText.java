package org.opencounty.interaction;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.web.util.HtmlUtils;

/**
 * The written sections of an annual report (一, 五, 六) as rich text: paragraphs, emphasis, lists and tables survive;
 * scripts, styles, links and everything else are dropped on save, so that the stored text is safe on every page that
 * shows it. Text typed without markup becomes one paragraph per line.
 */
final class ReportText {

    static final int MAX_LENGTH = 20_000;

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("br", "ol", "ul", "li").toFactory());

    private ReportText() {
    }

    static String sanitize(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        if (!text.contains("<")) {
            StringBuilder paragraphs = new StringBuilder();
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    paragraphs.append("<p>").append(HtmlUtils.htmlEscape(line.strip(), "UTF-8")).append("</p>");
                }
            }
            return paragraphs.toString();
        }
        return POLICY.sanitize(text);
    }
}
