package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opencounty.review.SubmissionRevision;

/** A version of a circular's text: its title and body (paragraphs of plain text). */
@Entity
@Table(name = "coord_circular_revision")
public class CircularRevision extends SubmissionRevision {

    private Long circularId;
    private String title;
    private String body;

    protected CircularRevision() {
    }

    CircularRevision(long circularId, int number, String title, String body, String author, java.time.Instant now) {
        super(number, author, now);
        this.circularId = circularId;
        this.title = title;
        this.body = body;
    }

    void rewrite(String title, String body, String author, java.time.Instant now) {
        this.title = title;
        this.body = body;
        writtenBy(author, now);
    }

    public Long circularId() { return circularId; }
    public String title() { return title; }
    public String body() { return body; }
}
