package org.opencounty.catalogue;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.catalogue.internal.CatalogueEntryRepository;
import org.opencounty.review.ReviewHistory;
import org.opencounty.catalogue.internal.CatalogueRevisionRepository;
import org.opencounty.catalogue.internal.ContentCodec;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading service guides and fees in the back office and the API, through the viewer's permissions. */
@Service
public class CatalogueQueries {

    /** A unit's guides with their completeness, for the per-unit completeness report. */
    public record CompletenessRow(long id, String name, String state, Completeness completeness) {
    }

    private final CatalogueEntryRepository entries;
    private final CatalogueRevisionRepository revisions;
    private final ReviewHistory history;
    private final CatalogueKind kind;
    private final ContentCodec codec;
    private final ReviewPermissions permissions;
    private final Units units;
    private final UnitAccess unitAccess;

    CatalogueQueries(CatalogueEntryRepository entries, CatalogueRevisionRepository revisions, ReviewHistory history, CatalogueKind kind,
                     ContentCodec codec, ReviewPermissions permissions, Units units, UnitAccess unitAccess) {
        this.entries = entries;
        this.revisions = revisions;
        this.history = history;
        this.kind = kind;
        this.codec = codec;
        this.permissions = permissions;
        this.units = units;
        this.unitAccess = unitAccess;
    }

    @Transactional(readOnly = true)
    public EntryView view(Actor actor, long id) {
        CatalogueEntry entry = entries.findById(id).orElseThrow(() -> new NotFoundException("事项不存在"));
        if (!permissions.canView(actor, entry.siteId(), entry.unitId())) {
            throw new NotAllowedException("您无权查看该事项");
        }
        return viewOf(entry);
    }

    /** The guides of a unit (and its subordinate units) with what each lacks. */
    @Transactional(readOnly = true)
    public List<CompletenessRow> completenessReport(Actor actor, long unitId) {
        Unit unit = units.byId(unitId).orElseThrow(() -> new NotFoundException("单位不存在"));
        if (!permissions.canView(actor, unit.siteId(), unitId)) {
            throw new NotAllowedException("您无权查看该单位的事项");
        }
        return entries.findByUnitIdInAndKindOrderByReviewUpdatedAtDesc(unitAccess.subtree(unit.siteId(), unitId), EntryKind.ITEM).stream().map(this::viewOf)
                .map(view -> new CompletenessRow(view.entry().id(), view.item().name(), view.entry().state().label(), view.completeness()))
                .toList();
    }

    /** Entries of the units the actor works in (or all of the site for center roles). */
    @Transactional(readOnly = true)
    public List<EntryView> listFor(Actor actor, EntryKind kind) {
        List<Long> unitIds = units.directory(actor.siteId()).stream()
                .filter(u -> actor.isCenterWide() || unitAccess.isWithin(u, actor.unitId())).map(Unit::id).toList();
        return entries.findByUnitIdInAndKindOrderByReviewUpdatedAtDesc(unitIds, kind).stream().map(this::viewOf).toList();
    }

    /** Guides and fees waiting for this reviewer: the unit leader's first step, the center's second. */
    @Transactional(readOnly = true)
    public List<EntryView> waitingFor(Actor actor) {
        java.util.List<EntryView> waiting = new java.util.ArrayList<>();
        if (actor.has(org.opencounty.common.Role.UNIT_LEADER)) {
            entries.findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(unitAccess.subtree(actor.siteId(), actor.unitId()), java.util.Set.of(org.opencounty.review.ReviewState.PENDING_LEADER))
                    .forEach(e -> waiting.add(viewOf(e)));
        }
        if (actor.has(org.opencounty.common.Role.CENTER_EDITOR)) {
            for (EntryKind kind : EntryKind.values()) {
                entries.findBySiteIdAndKindAndReviewStateInOrderByReviewUpdatedAtDesc(actor.siteId(), kind,
                        java.util.Set.of(org.opencounty.review.ReviewState.PENDING_CENTER)).forEach(e -> waiting.add(viewOf(e)));
            }
        }
        return waiting;
    }

    private EntryView viewOf(CatalogueEntry entry) {
        Long revisionId = entry.workingRevisionId() != null ? entry.workingRevisionId() : entry.liveRevisionId();
        CatalogueRevision revision = revisionId != null ? revisions.findById(revisionId).orElseThrow()
                : revisions.findFirstByEntryIdOrderByNumberDesc(entry.id()).orElseThrow();
        Unit unit = units.byId(entry.unitId()).orElseThrow();
        ServiceItemContent item = entry.kind() == EntryKind.ITEM ? codec.read(revision.content(), ServiceItemContent.class) : null;
        FeeContent fee = entry.kind() == EntryKind.FEE ? codec.read(revision.content(), FeeContent.class) : null;
        return new EntryView(entry, unit.code(), unit.name(), revision.number(), item, fee,
                item == null ? null : Completeness.of(item), history.of(kind, entry.id()));
    }
}
