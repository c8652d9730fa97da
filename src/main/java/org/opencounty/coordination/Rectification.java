package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionRevision;

/** A version of a unit's rectification report on a finding (整改情况), written by its information officer. */
@Entity
@Table(name = "coord_rectification")
public class Rectification extends SubmissionRevision {

    private Long findingId;
    private String text;

    protected Rectification() {
    }

    Rectification(long findingId, int number, String text, String author, Instant now) {
        super(number, author, now);
        this.findingId = findingId;
        this.text = text;
    }

    void rewrite(String text, String author, Instant now) {
        this.text = text;
        writtenBy(author, now);
    }

    public Long findingId() { return findingId; }
    public String text() { return text; }
}
