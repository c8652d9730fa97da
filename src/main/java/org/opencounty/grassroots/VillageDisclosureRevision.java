package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionRevision;

/**
 * One version of a village disclosure: its title and text, and for finance and subsidies their tables as JSON (amounts
 * as decimal strings). {@code checkedBy} is the 村务监督委员会 member who checked this revision since it was submitted.
 */
@Entity
@Table(name = "village_disclosure_revision")
public class VillageDisclosureRevision extends SubmissionRevision {

    private Long disclosureId;
    private String title;
    private String body;
    private String finance;
    private String subsidies;
    private String checkedBy;
    private Instant checkedAt;

    protected VillageDisclosureRevision() {
    }

    VillageDisclosureRevision(long disclosureId, int number, String author, Instant now) {
        super(number, author, now);
        this.disclosureId = disclosureId;
    }

    void rewrite(String title, String body, String finance, String subsidies, String author, Instant now) {
        this.title = title;
        this.body = body;
        this.finance = finance;
        this.subsidies = subsidies;
        this.checkedBy = null;
        this.checkedAt = null;
        writtenBy(author, now);
    }

    void checked(String by, Instant at) {
        this.checkedBy = by;
        this.checkedAt = at;
    }

    /** A new submission waits for a new check. */
    void uncheck() {
        this.checkedBy = null;
        this.checkedAt = null;
    }

    public Long disclosureId() { return disclosureId; }
    public String title() { return title; }
    public String body() { return body; }
    String financeJson() { return finance; }
    String subsidiesJson() { return subsidies; }
    public String checkedBy() { return checkedBy; }
    public Instant checkedAt() { return checkedAt; }
}
