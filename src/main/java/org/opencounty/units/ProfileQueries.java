package org.opencounty.units;

import java.util.ArrayList;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.review.ReviewState;
import org.opencounty.review.ReviewHistory;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.units.internal.UnitRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading unit profiles in the back office and the API, through the viewer's permissions. */
@Service
public class ProfileQueries {

    private final ProfileKind kind;
    private final UnitRepository units;
    private final UnitAccess access;
    private final Units directory;
    private final ReviewHistory history;
    private final ReviewPermissions permissions;

    ProfileQueries(ProfileKind kind, UnitRepository units, UnitAccess access, Units directory, ReviewHistory history,
                   ReviewPermissions permissions) {
        this.permissions = permissions;
        this.kind = kind;
        this.units = units;
        this.access = access;
        this.directory = directory;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public ProfileView view(Actor actor, long siteId, String code) {
        Unit unit = kind.load(siteId, code);
        if (!access.canSee(actor, unit)) {
            throw new NotAllowedException("您无权查看该单位的信息");
        }
        return viewOf(unit);
    }

    /** Profiles waiting for this reviewer: the unit leader's first step (their unit and its subordinate units), the center's second. */
    @Transactional(readOnly = true)
    public List<ProfileView> waitingFor(Actor actor) {
        List<ProfileView> waiting = new ArrayList<>();
        if (actor.has(Role.UNIT_LEADER)) {
            units.findByIdInAndProfileReviewStateOrderByProfileReviewUpdatedAtAsc(access.subtree(actor.siteId(), actor.unitId()), ReviewState.PENDING_LEADER)
                    .forEach(unit -> waiting.add(viewOf(unit)));
        }
        // The second step is the reviewing unit's (ADR 0020): the center sees what it reviews, a township its villages'.
        if (actor.has(Role.CENTER_EDITOR) || actor.has(Role.TOWNSHIP_REVIEWER)) {
            List<Unit> second = actor.has(Role.CENTER_EDITOR)
                    ? units.findBySiteIdAndProfileReviewStateOrderByProfileReviewUpdatedAtAsc(actor.siteId(), ReviewState.PENDING_CENTER)
                    : units.findByIdInAndProfileReviewStateOrderByProfileReviewUpdatedAtAsc(access.subtree(actor.siteId(), actor.unitId()),
                            ReviewState.PENDING_CENTER);
            second.stream().filter(unit -> permissions.canReviewAsCenter(actor, actor.siteId(), unit.id()))
                    .forEach(unit -> waiting.add(viewOf(unit)));
        }
        return waiting;
    }

    private ProfileView viewOf(Unit unit) {
        return new ProfileView(unit, unit.liveProfile(directory.contactsOf(unit)), kind.workingOrNull(unit), history.of(kind, unit.id()));
    }
}
