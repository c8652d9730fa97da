package org.opencounty.units;

import org.opencounty.common.Actor;
import org.opencounty.review.SubmissionWorkflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's information officer (or leader; the center's administrator for any unit) writes the unit's profile. An
 * edit goes into a revision; the live profile stays on the portal until the center publishes the revision.
 */
@Service
public class ProfileWriting {

    private final ProfileKind kind;
    private final SubmissionWorkflow workflow;
    private final ApplicationEventPublisher events;

    ProfileWriting(ProfileKind kind, SubmissionWorkflow workflow, ApplicationEventPublisher events) {
        this.kind = kind;
        this.workflow = workflow;
        this.events = events;
    }

    /**
     * Saves the profile as the unit's working revision. {@code expectedVersion} is the unit's version the editor started
     * from: a stale edit is refused with 409 and nothing is written. A revision in review cannot be changed until it is
     * returned.
     */
    @Transactional
    public Unit edit(Actor actor, long siteId, String code, UnitProfile profile, long expectedVersion) {
        Unit unit = kind.load(siteId, code);
        workflow.requireEditable(actor, kind, unit, expectedVersion);
        profile.validate();
        workflow.edited(actor, kind, unit, kind.write(unit, profile, actor.username()), "");
        events.publishEvent(new UnitEvents.ProfileEdited(siteId, code, actor.username()));
        return unit;
    }
}
