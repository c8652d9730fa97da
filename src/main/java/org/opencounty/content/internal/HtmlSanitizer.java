package org.opencounty.content.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Cleans rich text on save: formatting, headings, lists, tables and links survive; scripts, styles,
 * event handlers and anything else are dropped, so stored bodies are safe to render as they are.
 */
@Component
public class HtmlSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("br", "hr", "ol", "ul", "li", "caption", "thead", "tbody", "tfoot")
                    .allowAttributes("colspan", "rowspan", "scope").onElements("td", "th")
                    .toFactory());

    /** Sanitises HTML; text typed without any markup becomes paragraphs, one per line. */
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (!html.contains("<")) {
            StringBuilder paragraphs = new StringBuilder();
            for (String line : html.split("\\R")) {
                if (!line.isBlank()) {
                    paragraphs.append("<p>").append(org.springframework.web.util.HtmlUtils.htmlEscape(line.strip(), "UTF-8")).append("</p>");
                }
            }
            return POLICY.sanitize(paragraphs.toString());
        }
        return POLICY.sanitize(html);
    }
}
