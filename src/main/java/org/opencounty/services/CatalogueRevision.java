package org.opencounty.services;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of an entry's content (JSON). Every revision is kept. */
@Entity
@Table(name = "catalogue_revision")
public class CatalogueRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long entryId;
    private int number;
    private String content;
    private String author;
    private String submittedBy;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    protected CatalogueRevision() {
    }

    CatalogueRevision(long entryId, int number, String content, String author) {
        this.entryId = entryId;
        this.number = number;
        this.content = content;
        this.author = author;
    }

    void rewrite(String content, String author) {
        this.content = content;
        this.author = author;
        this.updatedAt = Instant.now();
    }

    void markSubmitted(String by) {
        this.submittedBy = by;
    }

    public Long id() { return id; }
    public Long entryId() { return entryId; }
    public int number() { return number; }
    public String content() { return content; }
    public String author() { return author; }
    public String submittedBy() { return submittedBy; }
    public Instant updatedAt() { return updatedAt; }
}
