package org.opencounty.units;

import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.UnitEvents.ProfileApprovedByLeader;
import org.opencounty.units.UnitEvents.ProfilePublished;
import org.opencounty.units.UnitEvents.ProfileReturned;
import org.opencounty.units.UnitEvents.ProfileSubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice's core rule for a unit's basic information (item 1), through the {@link SubmissionWorkflow}: the unit
 * submits it, its principal leader approves it first ("审核把关"), and the e-government center approves and publishes
 * it. Either reviewer may return it with a written reason; nobody approves a revision they wrote or submitted.
 * Screening runs on submit and again on publication, so that a term the center added in between still stops it.
 */
@Service
public class ProfileReview {

    private final ProfileKind kind;
    private final SubmissionWorkflow workflow;
    private final ApplicationEventPublisher events;

    ProfileReview(ProfileKind kind, SubmissionWorkflow workflow, ApplicationEventPublisher events) {
        this.kind = kind;
        this.workflow = workflow;
        this.events = events;
    }

    /** Sends the working revision to the unit's leader. */
    @Transactional
    public Unit submit(Actor actor, long siteId, String code) {
        Unit unit = kind.load(siteId, code);
        workflow.submit(actor, kind, unit, false);
        events.publishEvent(new ProfileSubmitted(siteId, code, actor.username()));
        return unit;
    }

    /** Approves the revision at the step it stands at: the unit's leader first, then the center, which publishes it. */
    @Transactional
    public Unit approve(Actor actor, long siteId, String code) {
        Unit unit = kind.load(siteId, code);
        if (workflow.approve(actor, kind, unit) == ReviewState.PENDING_LEADER) {
            events.publishEvent(new ProfileApprovedByLeader(siteId, code, actor.username()));
        } else {
            events.publishEvent(new ProfilePublished(siteId, code, actor.username()));
        }
        return unit;
    }

    /** The center's approval by name: refused unless the revision waits for the center. */
    @Transactional
    public Unit publish(Actor actor, long siteId, String code) {
        Unit unit = kind.load(siteId, code);
        workflow.requireCenter(actor, kind, unit, "publish");
        if (unit.profileState() != ReviewState.PENDING_CENTER) {
            throw new ConflictException("INVALID_STATE", "该单位信息当前状态为“" + unit.profileState().label() + "”，不能发布");
        }
        return approve(actor, siteId, code);
    }

    /** Sends the revision back to the unit with a written reason; the live profile stays as it is. */
    @Transactional
    public Unit returnForChanges(Actor actor, long siteId, String code, String reason) {
        Unit unit = kind.load(siteId, code);
        String why = workflow.returnForChanges(actor, kind, unit, reason);
        events.publishEvent(new ProfileReturned(siteId, code, actor.username(), why));
        return unit;
    }
}
