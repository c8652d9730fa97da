package org.opencounty.services;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.opencounty.review.ReviewLifecycle;
import org.opencounty.review.ReviewState;

/** A service item or a fee of a unit, going through the same review chain as articles. */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private EntryKind kind;
    @Embedded
    private ReviewLifecycle review = new ReviewLifecycle();
    private String createdBy;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    protected CatalogueEntry() {
    }

    CatalogueEntry(long siteId, long unitId, EntryKind kind, String createdBy) {
        this.siteId = siteId;
        this.unitId = unitId;
        this.kind = kind;
        this.createdBy = createdBy;
    }

    /** Every change goes through here, so that the version moves on and stale editors are refused. */
    ReviewLifecycle review() {
        updatedAt = Instant.now();
        return review;
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long unitId() { return unitId; }
    public EntryKind kind() { return kind; }
    public ReviewState state() { return review.state(); }
    public Long liveRevisionId() { return review.liveRevisionId(); }
    public Long workingRevisionId() { return review.workingRevisionId(); }
    public java.time.Instant publishedAt() { return review.publishedAt(); }
    public String withdrawReason() { return review.withdrawReason(); }
    public boolean isLive() { return review.isLive(); }
    public boolean needsNewRevision() { return review.needsNewRevision(); }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
