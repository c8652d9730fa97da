package org.opencounty.portal;

import java.time.Instant;
import java.util.List;
import org.opencounty.content.Category;
import org.opencounty.content.PublishedArticle;
import org.opencounty.sites.Site;
import org.springframework.web.util.HtmlUtils;

/** An Atom 1.0 feed of a column's latest articles (RFC 4287). */
final class AtomFeed {

    private AtomFeed() {
    }

    static String of(Site site, Category category, List<PublishedArticle> articles) {
        String base = "https://" + site.domain();
        Instant updated = articles.isEmpty() ? Instant.EPOCH : articles.getFirst().publishedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(x(site.name() + " - " + category.title())).append("</title>\n")
                .append("  <id>").append(x(base + "/columns/" + category.code())).append("</id>\n")
                .append("  <link rel=\"alternate\" href=\"").append(x(base + "/columns/" + category.code())).append("\"/>\n")
                .append("  <link rel=\"self\" href=\"").append(x(base + "/columns/" + category.code() + "/feed.atom")).append("\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>").append(x(site.organiser())).append("</name></author>\n");
        for (PublishedArticle article : articles) {
            xml.append("  <entry>\n")
                    .append("    <title>").append(x(article.title())).append("</title>\n")
                    .append("    <id>").append(x(base + article.url())).append("</id>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(x(base + article.url())).append("\"/>\n")
                    .append("    <updated>").append(article.publishedAt()).append("</updated>\n")
                    .append("    <author><name>").append(x(article.unitName())).append("</name></author>\n")
                    .append("    <summary>").append(x(article.summary().isBlank() ? abbreviate(article.bodyText()) : article.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String x(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
