package org.opencounty.review;

/**
 * A submission as the review chain's checks see it: whose it is, where it stands, and how to name it in
 * messages ({@code noun}, e.g. 该信息) and in the audit log ({@code kind}, e.g. article, and {@code target},
 * e.g. article:12).
 */
public record ReviewSubject(String kind, String target, String noun, long siteId, long unitId, ReviewState state) {
}
