package org.opencounty.services;

import java.time.Clock;
import java.util.List;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.review.ReviewSubject;
import org.opencounty.screening.Finding;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.screening.ScreeningTerms;
import org.opencounty.screening.Severity;
import org.opencounty.services.CatalogueEvents.EntryPublished;
import org.opencounty.services.CatalogueEvents.EntryReturned;
import org.opencounty.services.CatalogueEvents.EntrySubmitted;
import org.opencounty.services.CatalogueEvents.EntryWithdrawn;
import org.opencounty.services.internal.CatalogueEntryRepository;
import org.opencounty.services.internal.CatalogueHistory;
import org.opencounty.services.internal.CataloguePublication;
import org.opencounty.services.internal.CatalogueRevisionRepository;
import org.opencounty.services.internal.ContentCodec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service guides and fees go through the same chain as articles: submitted by the unit's officer,
 * approved by its principal leader, approved and published by the center. A guide missing any of the
 * ten inspected elements is refused at submission and at publication.
 */
@Service
public class CatalogueReview {

    private final CatalogueEntryRepository entries;
    private final CatalogueRevisionRepository revisions;
    private final CatalogueHistory history;
    private final CataloguePublication publication;
    private final ContentCodec codec;
    private final ReviewPermissions permissions;
    private final ScreeningTerms terms;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueReview(CatalogueEntryRepository entries, CatalogueRevisionRepository revisions, CatalogueHistory history,
                    CataloguePublication publication, ContentCodec codec, ReviewPermissions permissions, ScreeningTerms terms,
                    AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.revisions = revisions;
        this.history = history;
        this.publication = publication;
        this.codec = codec;
        this.permissions = permissions;
        this.terms = terms;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CatalogueEntry submit(Actor actor, long id) {
        CatalogueEntry entry = load(id);
        if (!permissions.canWrite(actor, entry.siteId(), entry.unitId())) {
            throw new NotAllowedException("只有本单位的信息员可以报送");
        }
        permissions.requireSubmittable(subject(entry), entry.workingRevisionId());
        CatalogueRevision revision = working(entry);
        checkBeforeReview(entry, revision);
        ReviewState before = entry.state();
        revision.markSubmitted(actor.username());
        entry.review().submit();
        entries.saveAndFlush(entry);
        record(entry, revision.id(), actor, "submit", before, "");
        events.publishEvent(new EntrySubmitted(id, entry.unitId(), entry.kind(), actor.username()));
        return entry;
    }

    @Transactional
    public CatalogueEntry approve(Actor actor, long id) {
        CatalogueEntry entry = load(id);
        ReviewState before = entry.state();
        CatalogueRevision revision = entry.workingRevisionId() == null ? null : working(entry);
        Long revisionId = revision == null ? null : revision.id();
        permissions.requireApprover(actor, subject(entry), history.contributors(revisionId), history.approvers(revisionId));
        if (before == ReviewState.PENDING_LEADER) {
            entry.review().approveByLeader();
        } else {
            checkBeforeReview(entry, revision);
            entry.review().approveByCenter(clock.instant(), null);
        }
        entries.saveAndFlush(entry);
        if (entry.state() == ReviewState.PUBLISHED) {
            publication.show(entry);
            events.publishEvent(new EntryPublished(id, entry.siteId(), entry.unitId(), entry.kind()));
        }
        record(entry, revision.id(), actor, "approve", before, "");
        return entry;
    }

    @Transactional
    public CatalogueEntry returnForChanges(Actor actor, long id, String reason) {
        CatalogueEntry entry = load(id);
        ReviewState before = entry.state();
        String why = permissions.requireReturn(actor, subject(entry), reason);
        entry.review().returnForChanges();
        entries.saveAndFlush(entry);
        record(entry, entry.workingRevisionId(), actor, "return", before, why);
        events.publishEvent(new EntryReturned(id, entry.unitId(), entry.kind(), actor.username(), why));
        return entry;
    }

    @Transactional
    public CatalogueEntry withdraw(Actor actor, long id, String reason) {
        CatalogueEntry entry = load(id);
        String why = permissions.requireWithdrawal(actor, subject(entry), reason);
        ReviewState before = entry.state();
        entry.review().withdraw(clock.instant(), why);
        entries.saveAndFlush(entry);
        publication.hide(id);
        record(entry, null, actor, "withdraw", before, why);
        events.publishEvent(new EntryWithdrawn(id, entry.siteId(), entry.unitId(), entry.kind(), why));
        return entry;
    }

    /** Guides must be complete; nothing may carry the notice's prohibited content. */
    private void checkBeforeReview(CatalogueEntry entry, CatalogueRevision revision) {
        String text;
        if (entry.kind() == EntryKind.ITEM) {
            ServiceItemContent item = codec.read(revision.content(), ServiceItemContent.class);
            Completeness completeness = Completeness.of(item);
            if (!completeness.complete()) {
                throw new IncompleteItemException(completeness.missing());
            }
            text = CataloguePublication.searchText(item);
        } else {
            text = revision.content();
        }
        // Office phones and addresses are the point of a guide; only blocking findings stop it.
        List<Finding> blocking = ScreeningRules.screen(text, terms.forScreening(entry.siteId()), java.util.Set.of()).stream()
                .filter(f -> f.severity() == Severity.BLOCK).toList();
        if (!blocking.isEmpty()) {
            throw InvalidInputException.field("content", blocking.getFirst().message() + "：“" + blocking.getFirst().text() + "”");
        }
    }

    private void record(CatalogueEntry entry, Long revisionId, Actor actor, String action, ReviewState before, String reason) {
        history.record(entry.id(), revisionId, clock.instant(), actor.username(), action, before, entry.state(), reason);
        audit.record(actor, "catalogue." + action, entry.kind().name().toLowerCase() + ":" + entry.id(), AuditResult.SUCCESS,
                before + " -> " + entry.state() + (reason.isEmpty() ? "" : " " + reason));
    }

    private CatalogueRevision working(CatalogueEntry entry) {
        return revisions.findById(entry.workingRevisionId()).orElseThrow();
    }

    private static ReviewSubject subject(CatalogueEntry entry) {
        return new ReviewSubject("catalogue", entry.kind().name().toLowerCase() + ":" + entry.id(), "该事项",
                entry.siteId(), entry.unitId(), entry.state());
    }

    private CatalogueEntry load(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("事项不存在"));
    }
}
