package org.opencounty.screening;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * The plain text a reader sees in an article's HTML. Block elements and {@code <br>} end a line, and so
 * does each table cell, because a marking such as 秘密 set in a cell of the document's head table is a
 * line of its own to the reader; whitespace collapses as a browser collapses it, except inside
 * {@code <pre>}; entities are decoded; script, style and template contents are not text.
 *
 * <p>The OWASP sanitizer's lexer (a dependency for sanitizing articles anyway; jsoup is not on the
 * classpath) does the tokenising and entity decoding; only its event stream is used, nothing is dropped.
 */
final class HtmlText implements HtmlSanitizer.Policy {

    private static final Set<String> LINE_BREAKING = Set.of(
            "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "template", "noscript");

    private final StringBuilder out = new StringBuilder();
    private int insideNotText;
    private int insidePre;

    private HtmlText() {
    }

    static String of(String html) {
        HtmlText text = new HtmlText();
        HtmlSanitizer.sanitize(html, text);
        return text.result();
    }

    @Override
    public void openDocument() {
    }

    @Override
    public void closeDocument() {
    }

    @Override
    public void openTag(String element, List<String> attributes) {
        tag(element, 1);
    }

    @Override
    public void closeTag(String element) {
        tag(element, -1);
    }

    private void tag(String element, int depthChange) {
        if (NOT_TEXT.contains(element)) {
            insideNotText = Math.max(0, insideNotText + depthChange);
        }
        if (element.equals("pre")) {
            insidePre = Math.max(0, insidePre + depthChange);
        }
        if (LINE_BREAKING.contains(element)) {
            endLine();
        }
    }

    @Override
    public void text(String chunk) {
        if (insideNotText > 0) {
            return;
        }
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (insidePre > 0) {
                if (c != '\r') {
                    out.append(c);
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private void endLine() {
        dropTrailingSpace();
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private String result() {
        dropTrailingSpace();
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private void dropTrailingSpace() {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ' && insidePre == 0) {
            out.setLength(out.length() - 1);
        }
    }
}
