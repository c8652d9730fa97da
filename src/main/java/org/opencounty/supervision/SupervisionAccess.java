package org.opencounty.supervision;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * Who reads what of supervision. Supervisors and the center's administrators read every unit of their site; a
 * unit's leader reads their own unit only, not even its subordinate units, because the signals are about the
 * unit's own handling of cases. Everybody else reads nothing. Checked here, whatever path the request took.
 */
@Component
class SupervisionAccess {

    /** The units a request covers: one unit, or the whole site ({@code unitId} null). */
    record Scope(long siteId, Long unitId) {
    }

    private static final String NOT_A_READER = "只有监察人员、中心管理员和单位主要领导可以查看电子监察信息";

    private final Units units;

    SupervisionAccess(Units units) {
        this.units = units;
    }

    static boolean siteWide(Actor actor) {
        return actor != null && (actor.has(Role.SUPERVISOR) || actor.has(Role.CENTER_ADMIN));
    }

    static boolean reader(Actor actor) {
        return siteWide(actor) || (actor != null && actor.has(Role.UNIT_LEADER) && actor.unitId() != null);
    }

    /** Those who watch the whole site may also start a sweep by hand. */
    static boolean sweeper(Actor actor) {
        return siteWide(actor);
    }

    /** Signals are acknowledged (签收) by the unit's leader or a supervisor; the center's administrators only read. */
    static boolean acknowledger(Actor actor) {
        return actor != null && (actor.has(Role.SUPERVISOR) || actor.has(Role.UNIT_LEADER));
    }

    /** Whether the actor acknowledges a signal of the unit {@code unitId}: a leader only their own unit's. */
    static boolean acknowledges(Actor actor, long unitId) {
        return actor != null && (actor.has(Role.SUPERVISOR) || (actor.has(Role.UNIT_LEADER) && Long.valueOf(unitId).equals(actor.unitId())));
    }

    /** The units a reader may choose between: every unit of the site for site-wide readers, none for a leader. */
    List<Unit> choosable(Actor actor) {
        if (!reader(actor)) {
            throw new NotAllowedException(NOT_A_READER);
        }
        return siteWide(actor) ? units.directory(actor.siteId()) : List.of();
    }

    /**
     * The scope of a read asking for {@code unitCode} (blank: every unit the actor may see). A leader asking for
     * another unit is refused rather than silently shown their own, so that a wrong link is noticed.
     */
    Scope scope(Actor actor, String unitCode) {
        if (!reader(actor)) {
            throw new NotAllowedException(NOT_A_READER);
        }
        Long unitId = null;
        if (unitCode != null && !unitCode.isBlank()) {
            Unit unit = units.find(actor.siteId(), unitCode.strip())
                    .orElseThrow(() -> InvalidInputException.field("unit", "单位不存在：" + unitCode.strip()));
            unitId = unit.id();
        }
        if (siteWide(actor)) {
            return new Scope(actor.siteId(), unitId);
        }
        if (unitId != null && !unitId.equals(actor.unitId())) {
            throw new NotAllowedException("单位主要领导只能查看本单位的电子监察信息");
        }
        return new Scope(actor.siteId(), actor.unitId());
    }
}
