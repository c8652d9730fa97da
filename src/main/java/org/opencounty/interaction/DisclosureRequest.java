package org.opencounty.interaction;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A disclosure request as read: the identity document's number is never read back, only its last four characters
 * ({@code idLast4}), so that no page or response can show it.
 */
public record DisclosureRequest(long id, long siteId, long unitId, Long accountId, String applicantType, String organisationKind, String name,
                                String idType, String idLast4, String phone, String address, String description, String provisionForm,
                                String queryCode, DisclosureState state, String region, LocalDate receivedOn, LocalDate correctionRequestedOn,
                                String correctionNote, LocalDate correctionDue, LocalDate correctionReceivedOn, int extensionDays,
                                String extensionReason, String extensionApprovedBy, LocalDate dueOn, Outcome outcome, String outcomeReason,
                                String answerText, String otherAgency, LocalDate answeredOn, String answeredBy, FeeMethod feeMethod,
                                Integer feeUnits, BigDecimal feeAmount, LocalDate feeNoticeOn, LocalDate feeDue, LocalDate feePaidOn,
                                LocalDate archivedOn, String handler, long version) {

    /** The identity document as pages show it: its type and no more than its last four characters. */
    public String maskedId() {
        return idType + " ****" + idLast4;
    }
}
