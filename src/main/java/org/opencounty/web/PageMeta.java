package org.opencounty.web;

/**
 * The page-type meta tags of the national government-website guideline (STANDARDS.md §1.3): column
 * tags on column and list pages, article tags on article pages. Site tags are always written.
 */
public record PageMeta(String columnName, String columnDescription, String columnKeywords, String columnType,
                       String articleTitle, String pubDate, String contentSource) {

    public static final PageMeta NONE = new PageMeta(null, null, null, null, null, null, null);

    public static PageMeta column(String name, String description, String keywords, String type) {
        return new PageMeta(name, description, keywords, type, null, null, null);
    }

    public PageMeta withArticle(String title, String pubDate, String source) {
        return new PageMeta(columnName, columnDescription, columnKeywords, columnType, title, pubDate, source);
    }

    public boolean hasColumn() {
        return columnName != null;
    }

    public boolean hasArticle() {
        return articleTitle != null;
    }
}
