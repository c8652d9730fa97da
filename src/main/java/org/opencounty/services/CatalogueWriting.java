package org.opencounty.services;

import java.time.Clock;
import java.time.Instant;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.services.CatalogueEvents.EntryPublished;
import org.opencounty.services.internal.CatalogueEntryRepository;
import org.opencounty.services.internal.CatalogueHistory;
import org.opencounty.services.internal.CataloguePublication;
import org.opencounty.services.internal.CatalogueRevisionRepository;
import org.opencounty.services.internal.ContentCodec;
import org.opencounty.services.internal.ItemRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's information officer writes its service guides and fees (notice items 3 and 4). */
@Service
public class CatalogueWriting {

    private final CatalogueEntryRepository entries;
    private final CatalogueRevisionRepository revisions;
    private final CatalogueHistory history;
    private final CataloguePublication publication;
    private final ContentCodec codec;
    private final ReviewPermissions permissions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueWriting(CatalogueEntryRepository entries, CatalogueRevisionRepository revisions, CatalogueHistory history,
                     CataloguePublication publication, ContentCodec codec, ReviewPermissions permissions, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.revisions = revisions;
        this.history = history;
        this.publication = publication;
        this.codec = codec;
        this.permissions = permissions;
        this.audit = audit;
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
        EntryKind kind = content instanceof ServiceItemContent ? EntryKind.ITEM : EntryKind.FEE;
        Object valid = content instanceof ServiceItemContent item
                ? ItemRules.validate(item, fee -> feeOfSite(fee, siteId)) : ItemRules.validate((FeeContent) content);
        CatalogueEntry entry = entries.save(new CatalogueEntry(siteId, unitId, kind, by));
        CatalogueRevision revision = revisions.save(new CatalogueRevision(entry.id(), 1, codec.write(valid), by));
        entry.review().importAsPublished(revision.id(), publishedAt);
        entries.saveAndFlush(entry);
        publication.show(entry);
        history.record(entry.id(), revision.id(), clock.instant(), by, "import", null, ReviewState.PUBLISHED, "");
        events.publishEvent(new EntryPublished(entry.id(), siteId, unitId, kind));
        return entry;
    }

    private CatalogueEntry create(Actor actor, EntryKind kind, Object content, String name) {
        CatalogueEntry entry = entries.save(new CatalogueEntry(actor.siteId(), actor.unitId(), kind, actor.username()));
        CatalogueRevision revision = revisions.save(new CatalogueRevision(entry.id(), 1, codec.write(content), actor.username()));
        entry.review().startWorkingOn(revision.id());
        entries.saveAndFlush(entry);
        history.record(entry.id(), revision.id(), clock.instant(), actor.username(), "create", null, ReviewState.DRAFT, "");
        audit.record(actor, "catalogue.create", kind.name().toLowerCase() + ":" + entry.id(), AuditResult.SUCCESS, name);
        return entry;
    }

    private CatalogueEntry update(Actor actor, CatalogueEntry entry, Object content) {
        ReviewState before = entry.state();
        CatalogueRevision revision;
        if (entry.needsNewRevision()) {
            CatalogueRevision latest = revisions.findFirstByEntryIdOrderByNumberDesc(entry.id()).orElseThrow();
            revision = revisions.save(new CatalogueRevision(entry.id(), latest.number() + 1, codec.write(content), actor.username()));
            entry.review().startWorkingOn(revision.id());
        } else {
            revision = revisions.findById(entry.workingRevisionId()).orElseThrow();
            revision.rewrite(codec.write(content), actor.username());
            revisions.save(revision);
            entry.review();
        }
        entries.saveAndFlush(entry);
        history.record(entry.id(), revision.id(), clock.instant(), actor.username(), "edit", before, entry.state(), "");
        audit.record(actor, "catalogue.edit", entry.kind().name().toLowerCase() + ":" + entry.id(), AuditResult.SUCCESS, "revision " + revision.number());
        return entry;
    }

    private CatalogueEntry editable(Actor actor, long id, EntryKind kind, long expectedVersion) {
        CatalogueEntry entry = entries.findById(id).filter(e -> e.kind() == kind).orElseThrow(() -> new NotFoundException("事项不存在"));
        if (!permissions.canWrite(actor, entry.siteId(), entry.unitId())) {
            throw new NotAllowedException("只有本单位的信息员可以编辑");
        }
        if (entry.version() != expectedVersion) {
            throw new ConflictException("STALE_VERSION", "该事项已被他人修改，请刷新后重试；您的修改未保存");
        }
        if (!entry.needsNewRevision() && !entry.state().editable()) {
            throw new ConflictException("INVALID_STATE", "正在审核中，退回后才能修改");
        }
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
