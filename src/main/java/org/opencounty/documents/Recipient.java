package org.opencounty.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One receiving unit's copy of a dispatched document (收文): what the unit did with it, and what its sender sees.
 * {@code receiptNumber} is the unit's 收文登记号, given at 签收.
 */
public record Recipient(long id, long documentId, long siteId, long unitId, String unitName, boolean cc, RecipientState state,
                        Instant deliveredAt, Instant signBy, Instant signedAt, String signedBy, String receiptNumber,
                        String acceptedBy, Instant acceptedAt, String returnedReason, String mode, String proposal,
                        String proposedBy, String instruction, String instructedBy, String handler, LocalDate handleDue,
                        String reply, String repliedBy, Instant repliedAt, String closedBy, Instant closedAt,
                        Instant remindedAt, int reminders, long version) {

    public String target() {
        return "document:" + documentId + "/recipient:" + unitId;
    }

    public ReceivingSteps.Facts facts(boolean actorReads) {
        return new ReceivingSteps.Facts(siteId, unitId, state, handler, actorReads);
    }

    /** Not signed for by the time it should have been. */
    public boolean overdue(Instant now) {
        return state == RecipientState.DELIVERED && now.isAfter(signBy);
    }
}
