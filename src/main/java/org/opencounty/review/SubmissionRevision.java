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
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    protected SubmissionRevision() {
    }

    protected SubmissionRevision(int number, String author) {
        this.number = number;
        this.author = author;
    }

    /** The content was (re)written by {@code author}. */
    protected void writtenBy(String author) {
        this.author = author;
        this.updatedAt = Instant.now();
    }

    /** Only the workflow marks a revision submitted, as it submits it. */
    void markSubmitted(String by) {
        this.submittedBy = by;
    }

    public Long id() { return id; }
    public int number() { return number; }
    public String author() { return author; }
    public String submittedBy() { return submittedBy; }
    public Instant updatedAt() { return updatedAt; }
}
