package org.opencounty.documents;

import java.time.Instant;
import java.time.LocalDate;

/** One official document as its issuing unit keeps it; {@code number} is empty until 登记. */
public record OfficialDocument(long id, long siteId, long unitId, DocumentKind kind, String title, String body, Urgency urgency,
                               Disclosure disclosure, String disclosureReason, LocalDate deadline, DocumentState state,
                               String draftedBy, String reviewedBy, String signedBy, Instant signedAt, String checkedBy,
                               String registeredBy, Instant registeredAt, String dispatchedBy, Instant dispatchedAt,
                               String number, LocalDate writtenOn, String returnReason, Long articleId, Instant createdAt,
                               Instant updatedAt, long version) {

    public String target() {
        return "document:" + id;
    }

    public SendingChain.Facts facts() {
        return new SendingChain.Facts(siteId, unitId, state, draftedBy, reviewedBy, signedBy);
    }

    public boolean dispatched() {
        return state == DocumentState.DISPATCHED;
    }
}
