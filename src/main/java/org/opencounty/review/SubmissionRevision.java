package org.opencounty.review;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every kind's revision (修订版本) keeps besides its content: its number within the submission, who wrote it last
 * and who submitted it, and when. Every revision is kept; a submitted revision is changed only after it is returned.
 */
@MappedSuperclass
public abstract class SubmissionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int number;
    private String author;
    private String submittedBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected SubmissionRevision() {
    }

    /** {@code now} is the service's clock, so that a revision's times agree with its history's. */
    protected SubmissionRevision(int number, String author, Instant now) {
        this.number = number;
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The content was (re)written by {@code author} at {@code now} (the service's clock). */
    protected void writtenBy(String author, Instant now) {
        this.author = author;
        this.updatedAt = now;
    }

    /** Only the workflow marks a revision submitted, as it submits it. */
    void markSubmitted(String by) {
        this.submittedBy = by;
    }

    public Long id() { return id; }
    public int number() { return number; }
    public String author() { return author; }
    public String submittedBy() { return submittedBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
