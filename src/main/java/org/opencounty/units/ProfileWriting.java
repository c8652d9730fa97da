package org.opencounty.units;

import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.review.ReviewState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's information officer (or leader; the center's administrator for any unit) writes the unit's profile. An
 * edit goes into a revision; the live profile stays on the portal until the center publishes the revision.
 */
@Service
public class ProfileWriting {

    private final ProfileSteps steps;
    private final UnitAccess access;
    private final ApplicationEventPublisher events;

    ProfileWriting(ProfileSteps steps, UnitAccess access, ApplicationEventPublisher events) {
        this.steps = steps;
        this.access = access;
        this.events = events;
    }

    /**
     * Saves the profile as the unit's working revision. {@code expectedVersion} is the unit's version the editor started
     * from: a stale edit is refused with 409 and nothing is written. A revision in review cannot be changed until it is
     * returned.
     */
    @Transactional
    public Unit edit(Actor actor, long siteId, String code, UnitProfile profile, long expectedVersion) {
        Unit unit = steps.load(siteId, code);
        if (!access.canEditProfile(actor, unit)) {
            steps.recordRefusal(actor, unit, "edit", "");
            throw new NotAllowedException("您无权修改该单位的信息");
        }
        if (unit.version() != expectedVersion) {
            throw new ConflictException("STALE_VERSION", "该单位信息已被他人修改，请刷新后重试；您的修改未保存");
        }
        if (!unit.needsNewProfileRevision() && !unit.profileState().editable()) {
            throw new ConflictException("INVALID_STATE", "单位信息正在审核中（" + unit.profileState().label() + "），退回后才能修改");
        }
        profile.validate();
        ReviewState before = unit.profileState();
        ProfileRevision revision = steps.write(unit, profile, actor.username());
        steps.save(unit);
        steps.record(unit, revision.id(), actor, "edit", before, "");
        events.publishEvent(new UnitEvents.ProfileEdited(siteId, code, actor.username()));
        return unit;
    }
}
