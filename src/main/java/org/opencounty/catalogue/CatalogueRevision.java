package org.opencounty.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionRevision;

/** One version of an entry's content (JSON) ({@link SubmissionRevision}). */
@Entity
@Table(name = "catalogue_revision")
public class CatalogueRevision extends SubmissionRevision {

    private Long entryId;
    private String content;

    protected CatalogueRevision() {
    }

    CatalogueRevision(long entryId, int number, String content, String author, Instant now) {
        super(number, author, now);
        this.entryId = entryId;
        this.content = content;
    }

    void rewrite(String content, String author, Instant now) {
        this.content = content;
        writtenBy(author, now);
    }

    public Long entryId() { return entryId; }
    public String content() { return content; }
}
