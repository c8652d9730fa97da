package org.opencounty.content;

/** Domain events of the review chain; the next people in line, the portal cache and search listen. */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    public record ArticleSubmitted(long articleId, long unitId, String by) {
    }

    public record ArticleApprovedByLeader(long articleId, long unitId, String by) {
    }

    public record ArticleReturned(long articleId, long unitId, String by, String reason) {
    }

    public record ArticleScheduled(long articleId, long unitId, String by) {
    }

    public record ArticlePublished(long articleId, long siteId, long unitId, String category) {
    }

    public record ArticleWithdrawn(long articleId, long siteId, long unitId, String category, String reason) {
    }
}
