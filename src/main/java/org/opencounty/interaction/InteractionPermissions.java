package org.opencounty.interaction;

import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.units.UnitAccess;
import org.springframework.stereotype.Component;

/**
 * Who may do what with messages and disclosure requests: a unit's staff see what was routed to their unit (or a
 * subordinate one); its handlers and information officers write replies, its leader approves them; the center
 * routes, transfers and sees the whole backlog of its site; supervisors read.
 */
@Component
public class InteractionPermissions {

    private final UnitAccess unitAccess;

    InteractionPermissions(UnitAccess unitAccess) {
        this.unitAccess = unitAccess;
    }

    public boolean isCenter(Actor actor, long siteId) {
        return actor != null && actor.siteId() == siteId && (actor.has(Role.CENTER_ADMIN) || actor.has(Role.CENTER_EDITOR));
    }

    public boolean canSeeAll(Actor actor, long siteId) {
        return actor != null && actor.siteId() == siteId && actor.isCenterWide();
    }

    public boolean canSee(Actor actor, long siteId, Long unitId) {
        return canSeeAll(actor, siteId) || inUnit(actor, siteId, unitId);
    }

    /** Writes the reply: the unit's case handlers and information officers. */
    public boolean canReply(Actor actor, long siteId, Long unitId) {
        return inUnit(actor, siteId, unitId) && (actor.has(Role.CASE_HANDLER) || actor.has(Role.INFO_OFFICER));
    }

    /** Approves the reply, extends a request's period: the unit's leader. */
    public boolean canApprove(Actor actor, long siteId, Long unitId) {
        return inUnit(actor, siteId, unitId) && actor.has(Role.UNIT_LEADER);
    }

    /** Any of the unit's staff may say a message is not the unit's (once). */
    public boolean canReturn(Actor actor, long siteId, Long unitId) {
        return inUnit(actor, siteId, unitId) && actor.isStaff();
    }

    /** Decides a unit's appeal against a 差评 (申诉复核): the center's administrators and supervisors. */
    public boolean canDecideAppeal(Actor actor, long siteId) {
        return actor != null && actor.siteId() == siteId && (actor.has(Role.CENTER_ADMIN) || actor.has(Role.SUPERVISOR));
    }

    /**
     * Another site's message, request or rating does not exist for a signed-in person (404, as on the portal), whatever
     * their roles there: the sites of a province's deployment do not learn of each other's records.
     */
    public void requireSameSite(Actor actor, long siteId, String notFound) {
        if (actor != null && actor.siteId() != siteId) {
            throw new NotFoundException(notFound);
        }
    }

    void requireCenter(Actor actor, long siteId) {
        if (!isCenter(actor, siteId)) {
            throw new NotAllowedException("只有中心可以分办或转办");
        }
    }

    private boolean inUnit(Actor actor, long siteId, Long unitId) {
        return actor != null && unitId != null && actor.siteId() == siteId && actor.unitId() != null
                && unitAccess.isWithin(unitId, actor.unitId());
    }
}
