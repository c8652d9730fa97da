package org.opencounty.search;

import org.opencounty.common.InvalidInputException;

/**
 * What a visitor searches for: words, optionally narrowed to a unit, a category and a year. The words are plain text
 * (no query syntax; {@link SiteSearch} caps their length and number); control characters are refused.
 */
public record SearchQuery(String text, String unitCode, String category, Integer year, int page) {

    public static final int PAGE_SIZE = 10;
    /** Deeper pages are never useful to a person and cost the index the most. */
    public static final int MAX_PAGE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw InvalidInputException.field("q", "搜索词含有无法识别的字符，请修改后重试");
        }
        unitCode = blankToNull(unitCode);
        category = blankToNull(category);
        page = Math.max(1, Math.min(page, MAX_PAGE));
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
