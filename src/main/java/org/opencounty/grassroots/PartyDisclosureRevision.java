package org.opencounty.grassroots;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opencounty.review.SubmissionRevision;

/** One version of a party item: title and text (plain text, shown with its line breaks). */
@Entity
@Table(name = "party_disclosure_revision")
public class PartyDisclosureRevision extends SubmissionRevision {

    private Long disclosureId;
    private String title;
    private String body;

    protected PartyDisclosureRevision() {
    }

    PartyDisclosureRevision(long disclosureId, int number, String author, Instant now) {
        super(number, author, now);
        this.disclosureId = disclosureId;
    }

    void rewrite(String title, String body, String author, Instant now) {
        this.title = title;
        this.body = body;
        writtenBy(author, now);
    }

    public Long disclosureId() { return disclosureId; }
    public String title() { return title; }
    public String body() { return body; }
}
