package org.opencounty.review;

import java.util.Objects;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the review chain, for any subject a unit submits: the unit's information officer
 * writes and submits; the unit's principal leader (or a leader of a parent unit) approves or returns;
 * the center's editors approve, publish or return; the center or the unit's leader withdraws. Nobody
 * approves their own work.
 */
@Component
public class ReviewPermissions {

    private final Units units;
    private final UnitAccess unitAccess;

    ReviewPermissions(Units units, UnitAccess unitAccess) {
        this.units = units;
        this.unitAccess = unitAccess;
    }

    public boolean canView(Actor actor, long siteId, long unitId) {
        return actor != null && actor.siteId() == siteId
                && (actor.isCenterWide() || (actor.isStaff() && within(unitId, actor.unitId())));
    }

    public boolean canWrite(Actor actor, long siteId, long unitId) {
        return actor != null && actor.has(Role.INFO_OFFICER) && actor.siteId() == siteId && Objects.equals(actor.unitId(), unitId);
    }

    public boolean canReviewAsLeader(Actor actor, long siteId, long unitId) {
        return actor != null && actor.has(Role.UNIT_LEADER) && actor.siteId() == siteId && within(unitId, actor.unitId());
    }

    public boolean canReviewAsCenter(Actor actor, long siteId) {
        return actor != null && actor.has(Role.CENTER_EDITOR) && actor.siteId() == siteId;
    }

    public boolean canWithdraw(Actor actor, long siteId, long unitId) {
        return canReviewAsCenter(actor, siteId) || canReviewAsLeader(actor, siteId, unitId);
    }

    /** The reviewer may not approve what they wrote or submitted (审核把关 needs a second person). */
    public void requireNotOwnWork(Actor actor, String author, String submitter) {
        if (actor.username().equals(author) || actor.username().equals(submitter)) {
            throw new SelfApprovalException();
        }
    }

    private boolean within(long unitId, Long ancestorId) {
        return units.byId(unitId).map(unit -> unitAccess.isWithin(unit, ancestorId)).orElse(false);
    }

    /** Refused because the reviewer wrote or submitted the revision. */
    public static class SelfApprovalException extends NotAllowedException {
        SelfApprovalException() {
            super("SELF_APPROVAL", "不能审核自己撰写或报送的内容");
        }
    }
}
