package org.opencounty.search;

import java.time.Instant;

/**
 * One result: the snippet is HTML in which only the highlighted words are marked up ({@code <mark>}).
 * {@code category} is an article's column code, or {@link #SERVICE_ITEM} / {@link #FEE}.
 */
public record SearchHit(String title, String url, String snippet, String unitCode, String unitName, String category,
                        Instant publishedAt) {

    public static final String SERVICE_ITEM = "service-item";
    public static final String FEE = "fee";

    /** The result type: article, service-item or fee. */
    public String type() {
        return SERVICE_ITEM.equals(category) || FEE.equals(category) ? category : "article";
    }
}
