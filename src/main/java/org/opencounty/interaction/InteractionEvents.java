package org.opencounty.interaction;

/** What happened to messages and disclosure requests, for listeners in other modules. */
public final class InteractionEvents {

    private InteractionEvents() {
    }

    /** A message was submitted, routed, transferred, returned, replied to, approved. */
    public record MessageChanged(long messageId, long siteId, Long unitId, String action, MessageState state) {
    }

    /** A disclosure request changed state. */
    public record RequestChanged(long requestId, long siteId, long unitId, String action, DisclosureState state) {
    }

    /** A rating was given, followed up, rectified or explained, appealed, or the appeal decided. */
    public record RatingChanged(long ratingId, long siteId, Long unitId, String action, RatingLevel level, RatingState state, String appealState) {

        /** Whether the published figures change: a new rating, a follow-up closed, a rating excluded by an upheld appeal. */
        public boolean changesPublicFigures() {
            return "create".equals(action) || "rectify".equals(action) || "appeal-upheld".equals(action);
        }
    }

    /** An annual report was written, submitted, approved, published or returned. */
    public record AnnualReportChanged(long reportId, long siteId, long unitId, int year, String action, org.opencounty.review.ReviewState state) {
    }
}
