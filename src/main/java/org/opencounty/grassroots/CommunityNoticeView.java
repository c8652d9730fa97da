package org.opencounty.grassroots;

import java.time.Instant;
import org.opencounty.review.ReviewState;

/** A community notice as pages show it: the text being written or reviewed where there is one, else the live one. */
public record CommunityNoticeView(long id, String communityCode, String communityName, String title, String body, ReviewState state,
                                  Instant publishedAt, Instant updatedAt, String withdrawReason, long version) {

    /** The chain's state in the community's words: who it waits for (its township takes the second step, ADR 0020). */
    public String stateLabel() {
        return switch (state) {
            case PENDING_LEADER -> "待社区主任审核";
            case PENDING_CENTER -> "待乡镇审核";
            default -> state.label();
        };
    }
}
