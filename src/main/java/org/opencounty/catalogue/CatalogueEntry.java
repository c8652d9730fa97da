package org.opencounty.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionEntity;

/** A service item or a fee of a unit, going through the same review chain as articles. */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueEntry extends SubmissionEntity {

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    protected CatalogueEntry() {
    }

    CatalogueEntry(long siteId, long unitId, EntryKind kind, String createdBy, Instant now) {
        super(siteId, unitId, createdBy, now);
        this.kind = kind;
    }

    @Override
    protected String target() {
        return kind.name().toLowerCase() + ":" + id();
    }

    public EntryKind kind() { return kind; }
}
