package org.opencounty.grassroots;

/** What happened to a village disclosure, published in the changing transaction. */
public final class VillageDisclosureEvents {

    private VillageDisclosureEvents() {
    }

    public record Written(long siteId, long disclosureId, String village, String by) {
    }

    public record Submitted(long siteId, long disclosureId, String village, String by) {
    }

    /** The 村务监督委员会 member checked the money. */
    public record Checked(long siteId, long disclosureId, String village, String by) {
    }

    public record ApprovedByLeader(long siteId, long disclosureId, String village, String by) {
    }

    /** The township published it: the portal shows it from now on. */
    public record Published(long siteId, long disclosureId, String village, String by) {
    }

    public record Returned(long siteId, long disclosureId, String village, String by, String reason) {
    }

    public record Withdrawn(long siteId, long disclosureId, String village, String by, String reason) {
    }

    public record QuestionAsked(long siteId, long disclosureId, long questionId) {
    }

    public record QuestionAnswered(long siteId, long disclosureId, long questionId, String by) {
    }
}
