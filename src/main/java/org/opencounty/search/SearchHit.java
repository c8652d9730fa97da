package org.opencounty.search;

import java.time.Instant;

/** One result: the snippet is HTML in which only the highlighted words are marked up ({@code <mark>}). */
public record SearchHit(String title, String url, String snippet, String unitCode, String unitName, String category,
                        Instant publishedAt) {
}
