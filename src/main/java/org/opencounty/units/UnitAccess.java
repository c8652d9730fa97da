package org.opencounty.units;

import java.util.List;
import java.util.Objects;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.review.UnitHierarchy;
import org.opencounty.units.internal.UnitRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a unit's data. Center roles see every unit of their site; a unit's staff see
 * their own unit and its subordinate units. Checked on the server for every request.
 */
@Component
public class UnitAccess implements UnitHierarchy {

    private final UnitRepository units;

    UnitAccess(UnitRepository units) {
        this.units = units;
    }

    /** True when the actor may see the unit's internal data (registered contacts, back-office records). */
    public boolean canSee(Actor actor, Unit unit) {
        if (actor == null || !Objects.equals(actor.siteId(), unit.siteId())) {
            return false;
        }
        return actor.isCenterWide() || (actor.isStaff() && isWithin(unit, actor.unitId()));
    }

    /** True when the actor may maintain the unit's profile and contacts. */
    public boolean canEditProfile(Actor actor, Unit unit) {
        if (actor == null || !Objects.equals(actor.siteId(), unit.siteId())) {
            return false;
        }
        if (actor.has(Role.CENTER_ADMIN)) {
            return true;
        }
        boolean unitStaff = actor.has(Role.INFO_OFFICER) || actor.has(Role.UNIT_LEADER);
        return unitStaff && isWithin(unit, actor.unitId());
    }

    /** True when the actor administers units and accounts of the site. */
    public boolean canAdminister(Actor actor, long siteId) {
        return actor != null && actor.has(Role.CENTER_ADMIN) && actor.siteId() == siteId;
    }

    @Override
    public boolean isWithin(long unitId, Long ancestorId) {
        return units.findById(unitId).map(unit -> isWithin(unit, ancestorId)).orElse(false);
    }

    /**
     * A village or community, and a party organisation attached to one, is reviewed by its township (ADR 0020): the
     * first township above it, reached through grassroots units and party organisations only. Every other unit, and a
     * grassroots unit with no township above it, is reviewed by the center.
     */
    @Override
    public java.util.Optional<Long> reviewingUnit(long unitId) {
        Unit current = units.findById(unitId).orElse(null);
        boolean grassroots = false;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (current.kind() == UnitKind.TOWNSHIP) {
                return grassroots ? java.util.Optional.of(current.id()) : java.util.Optional.empty();
            }
            if (!current.kind().isGrassroots() && current.kind() != UnitKind.PARTY_ORGANISATION) {
                return java.util.Optional.empty();
            }
            grassroots |= current.kind().isGrassroots();
            current = current.parentId() == null ? null : units.findById(current.parentId()).orElse(null);
        }
        return java.util.Optional.empty();
    }

    /** The ids of unit {@code unitId} and every unit below it, in the site's directory order. */
    public List<Long> subtree(long siteId, long unitId) {
        return units.findBySiteIdOrderBySortOrderAscIdAsc(siteId).stream().filter(unit -> isWithin(unit, unitId)).map(Unit::id).toList();
    }

    /** Is {@code unit} the unit {@code ancestorId} or one of its subordinate units? */
    public boolean isWithin(Unit unit, Long ancestorId) {
        if (ancestorId == null) {
            return false;
        }
        Unit current = unit;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (ancestorId.equals(current.id())) {
                return true;
            }
            current = current.parentId() == null ? null : units.findById(current.parentId()).orElse(null);
        }
        return false;
    }
}
