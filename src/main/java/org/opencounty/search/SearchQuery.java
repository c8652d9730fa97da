package org.opencounty.search;

import org.opencounty.common.InvalidInputException;

/**
 * What a visitor searches for: words, optionally narrowed to a unit, a category and a year, in an order. The words are
 * plain text (no query syntax; {@link SiteSearch} caps their length and number); control characters are refused.
 */
public record SearchQuery(String text, String unitCode, String category, Integer year, int page, Order order) {

    /**
     * How the articles found are listed: the best match first, or the newest first (the better match first among the
     * same moment's).
     */
    public enum Order {
        RELEVANCE("按相关度"), NEWEST("按时间");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        /** The {@code sort} parameter's value: the name in lower case. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String label() {
            return label;
        }

        /** From the {@code sort} parameter: absent or blank is relevance; anything else unknown is refused. */
        public static Order of(String code) {
            if (code == null || code.isBlank()) {
                return RELEVANCE;
            }
            for (Order order : values()) {
                if (order.code().equals(code.strip())) {
                    return order;
                }
            }
            throw InvalidInputException.field("sort", "排序方式只能是按相关度（relevance）或按时间（newest）");
        }
    }

    /** In relevance order. */
    public SearchQuery(String text, String unitCode, String category, Integer year, int page) {
        this(text, unitCode, category, year, page, Order.RELEVANCE);
    }

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
        order = order == null ? Order.RELEVANCE : order;
    }

    /** The same search listed in another order, from its first page. */
    public String orderUrl(Order other) {
        return new SearchQuery(text, unitCode, category, year, 1, other).pageUrl(1);
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
        if (order != Order.RELEVANCE) {
            url.append("&sort=").append(order.code());
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
