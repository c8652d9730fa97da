package org.opencounty.coordination;

import java.time.Instant;
import org.opencounty.review.ReviewState;
import org.opencounty.units.UnitKind;

/** Where one unit stands on one task, as the pages and the API show it. */
public record UnitStatus(long taskId, long unitId, String unitCode, String unitName, UnitKind unitKind, UnitTaskState state,
                         ReviewState review, Instant reportedAt, Instant fulfilledAt) {
}
