package org.opencounty.catalogue;

import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.catalogue.CatalogueEvents.EntryPublished;
import org.opencounty.catalogue.CatalogueEvents.EntryReturned;
import org.opencounty.catalogue.CatalogueEvents.EntrySubmitted;
import org.opencounty.catalogue.CatalogueEvents.EntryWithdrawn;
import org.opencounty.catalogue.internal.CatalogueEntryRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service guides and fees go through the same chain as articles ({@link SubmissionWorkflow}): submitted by the unit's
 * officer, approved by its principal leader, approved and published by the center. A guide missing any of the ten
 * inspected elements is refused at submission and at publication.
 */
@Service
public class CatalogueReview {

    private final CatalogueEntryRepository entries;
    private final CatalogueKind kind;
    private final SubmissionWorkflow workflow;
    private final ApplicationEventPublisher events;

    CatalogueReview(CatalogueEntryRepository entries, CatalogueKind kind, SubmissionWorkflow workflow,
                    ApplicationEventPublisher events) {
        this.entries = entries;
        this.kind = kind;
        this.workflow = workflow;
        this.events = events;
    }

    @Transactional
    public CatalogueEntry submit(Actor actor, long id) {
        CatalogueEntry entry = load(id);
        workflow.submit(actor, kind, entry, false);
        events.publishEvent(new EntrySubmitted(id, entry.unitId(), entry.kind(), actor.username()));
        return entry;
    }

    @Transactional
    public CatalogueEntry approve(Actor actor, long id) {
        return approve(actor, id, false);
    }

    /**
     * Approves at the step the entry stands at. While a material's blank form or sample could not be read for
     * screening, each reviewer acknowledges having checked it by hand ({@code acknowledgeUnreadable}), as for articles.
     */
    @Transactional
    public CatalogueEntry approve(Actor actor, long id, boolean acknowledgeUnreadable) {
        CatalogueEntry entry = load(id);
        workflow.approve(actor, kind, entry, acknowledgeUnreadable);
        if (entry.state() == ReviewState.PUBLISHED) {
            events.publishEvent(new EntryPublished(id, entry.siteId(), entry.unitId(), entry.kind()));
        }
        return entry;
    }

    @Transactional
    public CatalogueEntry returnForChanges(Actor actor, long id, String reason) {
        CatalogueEntry entry = load(id);
        String why = workflow.returnForChanges(actor, kind, entry, reason);
        events.publishEvent(new EntryReturned(id, entry.unitId(), entry.kind(), actor.username(), why));
        return entry;
    }

    @Transactional
    public CatalogueEntry withdraw(Actor actor, long id, String reason) {
        CatalogueEntry entry = load(id);
        String why = workflow.withdraw(actor, kind, entry, reason);
        events.publishEvent(new EntryWithdrawn(id, entry.siteId(), entry.unitId(), entry.kind(), why));
        return entry;
    }

    private CatalogueEntry load(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("事项不存在"));
    }
}
