package org.opencounty.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.opencounty.review.PublishedSubmission;

/** The live version of a service item or fee, as the portal lists it and search finds it. */
@Entity
@Table(name = "published_entry")
@Indexed(index = "service")
public class PublishedEntry extends PublishedSubmission {

    /** The same analyzer as articles; defined by the search module for each backend. */
    public static final String CHINESE = "chinese";

    @Id
    private Long entryId;
    // Stored: the search page shows guides from the index's fields, and the kind makes the url (docs/adr/0029).
    @KeywordField(projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    private EntryKind kind;
    @FullTextField(analyzer = CHINESE, highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String name;
    @KeywordField
    private String itemType;
    @KeywordField
    private String target;
    @GenericField
    private boolean online;
    private String content;
    @FullTextField(analyzer = CHINESE, highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String searchText;
    private Instant publishedAt;

    protected PublishedEntry() {
    }

    PublishedEntry(CatalogueEntry entry, CatalogueRevision revision, String unitCode, String unitName, String name,
                   String itemType, String target, boolean online, String searchText) {
        super(entry, revision.id(), unitCode, unitName);
        this.entryId = entry.id();
        this.kind = entry.kind();
        this.name = name;
        this.itemType = itemType;
        this.target = target;
        this.online = online;
        this.content = revision.content();
        this.searchText = searchText;
        this.publishedAt = entry.publishedAt();
    }

    public Long entryId() { return entryId; }
    public EntryKind kind() { return kind; }
    public String name() { return name; }
    public String itemType() { return itemType; }
    public String target() { return target; }
    public boolean online() { return online; }
    public String content() { return content; }
    public String searchText() { return searchText; }
    public Instant publishedAt() { return publishedAt; }
    public String url() { return url(kind, entryId); }

    /** Where a guide (its own page) or a fee (its line on the fees' page) is shown. */
    public static String url(EntryKind kind, long entryId) {
        return kind == EntryKind.ITEM ? "/services/" + entryId : "/fees#fee-" + entryId;
    }
}
