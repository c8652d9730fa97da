package org.opencounty.interaction;

import java.time.Instant;
import java.time.LocalDate;

/** A visitor's message as stored; {@code phone} never leaves the staff's and the writer's own views. */
public record Message(long id, long siteId, MessageCategory category, Long unitId, String title, String content, String name,
                      String phone, Long accountId, boolean publicAllowed, String withheldReason, String queryCode,
                      MessageState state, String region, LocalDate submittedOn, Instant submittedAt, LocalDate dueOn,
                      boolean returnedOnce, String reply, String repliedBy, String approvedBy, LocalDate answeredOn, long version) {

    public boolean answered() {
        return state == MessageState.ANSWERED;
    }
}
