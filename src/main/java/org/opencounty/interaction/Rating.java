package org.opencounty.interaction;

import java.time.LocalDate;

/**
 * One rating of an answered message or a decided application (一事一评). {@code appealState} is NONE, PENDING, UPHELD
 * (the rating was malicious: {@code excluded} from the aggregates) or REJECTED.
 */
public record Rating(long id, long siteId, Long unitId, String subject, long subjectId, RatingLevel level, int overall, int efficiency,
                     int attitude, String comment, LocalDate ratedOn, RatingState state, LocalDate followUpDue, String followUpNote,
                     String followUpBy, String rectificationKind, String rectificationNote, String rectifiedBy, String appealState,
                     String appealReason, String appealedBy, String appealDecision, String appealDecidedBy, boolean excluded, long version) {
}
