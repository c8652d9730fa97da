package org.opencounty.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opencounty.review.SubmissionRevision;

/** One version of an entry's content (JSON) ({@link SubmissionRevision}). */
@Entity
@Table(name = "catalogue_revision")
public class CatalogueRevision extends SubmissionRevision {

    private Long entryId;
    private String content;

    protected CatalogueRevision() {
    }

    CatalogueRevision(long entryId, int number, String content, String author) {
        super(number, author);
        this.entryId = entryId;
        this.content = content;
    }

    void rewrite(String content, String author) {
        this.content = content;
        writtenBy(author);
    }

    public Long entryId() { return entryId; }
    public String content() { return content; }
}
