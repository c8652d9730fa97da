package org.opencounty.catalogue;

import java.time.Clock;
import java.time.Instant;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.catalogue.CatalogueEvents.EntryPublished;
import org.opencounty.catalogue.internal.CatalogueEntryRepository;
import org.opencounty.catalogue.internal.CatalogueRevisionRepository;
import org.opencounty.catalogue.internal.ContentCodec;
import org.opencounty.catalogue.internal.ItemRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's information officer writes its service guides and fees (notice items 3 and 4). */
@Service
public class CatalogueWriting {

    private final CatalogueEntryRepository entries;
    private final CatalogueRevisionRepository revisions;
    private final ContentCodec codec;
    private final CatalogueKind kind;
    private final SubmissionWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueWriting(CatalogueEntryRepository entries, CatalogueRevisionRepository revisions, ContentCodec codec,
                     CatalogueKind kind, SubmissionWorkflow workflow, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.revisions = revisions;
        this.codec = codec;
        this.kind = kind;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CatalogueEntry createItem(Actor actor, ServiceItemContent item) {
        requireOfficer(actor);
        return create(actor, EntryKind.ITEM, ItemRules.validate(item, fee -> feeOfSite(fee, actor.siteId())), item.name());
    }

    @Transactional
    public CatalogueEntry createFee(Actor actor, FeeContent fee) {
        requireOfficer(actor);
        return create(actor, EntryKind.FEE, ItemRules.validate(fee), fee.name());
    }

    @Transactional
    public CatalogueEntry updateItem(Actor actor, long id, ServiceItemContent item, long expectedVersion) {
        CatalogueEntry entry = editable(actor, id, EntryKind.ITEM, expectedVersion);
        return update(actor, entry, ItemRules.validate(item, fee -> feeOfSite(fee, entry.siteId())));
    }

    @Transactional
    public CatalogueEntry updateFee(Actor actor, long id, FeeContent fee, long expectedVersion) {
        CatalogueEntry entry = editable(actor, id, EntryKind.FEE, expectedVersion);
        return update(actor, entry, ItemRules.validate(fee));
    }

    /** Brings in an entry that was published before the platform (the old site's list, demo data). */
    @Transactional
    public CatalogueEntry importPublished(long siteId, long unitId, Object content, Instant publishedAt, String by) {
        EntryKind entryKind = content instanceof ServiceItemContent ? EntryKind.ITEM : EntryKind.FEE;
        Object valid = content instanceof ServiceItemContent item
                ? ItemRules.validate(item, fee -> feeOfSite(fee, siteId)) : ItemRules.validate((FeeContent) content);
        CatalogueEntry entry = entries.save(new CatalogueEntry(siteId, unitId, entryKind, by, clock.instant()));
        CatalogueRevision revision = revisions.save(new CatalogueRevision(entry.id(), 1, codec.write(valid), by, clock.instant()));
        workflow.importedAsPublished(by, kind, entry, revision.id(), publishedAt, "");
        events.publishEvent(new EntryPublished(entry.id(), siteId, unitId, entryKind));
        return entry;
    }

    private CatalogueEntry create(Actor actor, EntryKind entryKind, Object content, String name) {
        CatalogueEntry entry = entries.save(new CatalogueEntry(actor.siteId(), actor.unitId(), entryKind, actor.username(), clock.instant()));
        CatalogueRevision revision = revisions.save(new CatalogueRevision(entry.id(), 1, codec.write(content), actor.username(), clock.instant()));
        workflow.created(actor, kind, entry, revision.id(), name);
        return entry;
    }

    private CatalogueEntry update(Actor actor, CatalogueEntry entry, Object content) {
        CatalogueRevision revision;
        if (entry.needsNewRevision()) {
            CatalogueRevision latest = revisions.findFirstByEntryIdOrderByNumberDesc(entry.id()).orElseThrow();
            revision = revisions.save(new CatalogueRevision(entry.id(), latest.number() + 1, codec.write(content), actor.username(), clock.instant()));
        } else {
            revision = revisions.findById(entry.workingRevisionId()).orElseThrow();
            revision.rewrite(codec.write(content), actor.username(), clock.instant());
            revisions.save(revision);
        }
        workflow.edited(actor, kind, entry, revision.id(), "revision " + revision.number());
        return entry;
    }

    private CatalogueEntry editable(Actor actor, long id, EntryKind entryKind, long expectedVersion) {
        CatalogueEntry entry = entries.findById(id).filter(e -> e.kind() == entryKind).orElseThrow(() -> new NotFoundException("事项不存在"));
        workflow.requireEditable(actor, kind, entry, expectedVersion);
        return entry;
    }

    private boolean feeOfSite(long feeId, long siteId) {
        return entries.findById(feeId).filter(e -> e.kind() == EntryKind.FEE && e.siteId() == siteId).isPresent();
    }

    /** Only a unit's information officer writes guides and fees; the browser's forms ask before they show. */
    public static void requireOfficer(Actor actor) {
        if (actor == null || !actor.has(Role.INFO_OFFICER) || actor.unitId() == null) {
            throw new NotAllowedException("只有单位信息员可以填报办事指南和收费项目");
        }
    }
}
