package org.opencounty.search;

/** What a visitor searches for: words, optionally narrowed to a unit, a category and a year. */
public record SearchQuery(String text, String unitCode, String category, Integer year, int page) {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_LENGTH = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        unitCode = blankToNull(unitCode);
        category = blankToNull(category);
        page = Math.max(1, Math.min(page, 100));
    }

    /** The URL of another page of the same search, every parameter encoded. */
    public String pageUrl(int otherPage) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(text));
        if (unitCode != null) {
            url.append("&unit=").append(encode(unitCode));
        }
        if (category != null) {
            url.append("&category=").append(encode(category));
        }
        if (year != null) {
            url.append("&year=").append(year);
        }
        return url.append("&page=").append(otherPage).toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
