package org.opencounty.documents;

import java.util.List;

/**
 * A document as the actor may see it: its issuing unit, 主送 and 抄送 units, attachments and history; {@code recipients}
 * every receiving unit's state for the sender, only the actor's own units' copies for a receiver.
 */
public record DocumentView(OfficialDocument document, String issuingUnit, List<Addressed> addressees,
                           List<DocumentAttachment> attachments, List<Recipient> recipients, List<DocumentStep> history,
                           boolean sender) {

    /** A unit the drafter named: 主送 ({@code cc} false) or 抄送. */
    public record Addressed(String code, String name, boolean cc) {
    }

    public String mainRecipients() {
        return String.join("、", addressees.stream().filter(a -> !a.cc()).map(Addressed::name).toList());
    }

    public String copyTo() {
        return String.join("、", addressees.stream().filter(Addressed::cc).map(Addressed::name).toList());
    }
}
