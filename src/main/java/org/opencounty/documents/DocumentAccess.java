package org.opencounty.documents;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.units.UnitAccess;
import org.springframework.stereotype.Component;

/**
 * Who sees which documents: a unit sees what it issued and, once dispatched, what it received; a unit's leader also
 * those of the units below. Nobody else, the center included: documents are not the center's to read.
 */
@Component
public class DocumentAccess {

    private final UnitAccess units;

    DocumentAccess(UnitAccess units) {
        this.units = units;
    }

    /** The actor speaks for the issuing unit (its staff, or a leader above it): sees the draft and every recipient's state. */
    public boolean isSender(Actor actor, OfficialDocument document) {
        return actsFor(actor, document.siteId(), document.unitId());
    }

    public boolean canSee(Actor actor, OfficialDocument document, Collection<Long> recipientUnitIds) {
        if (isSender(actor, document)) {
            return true;
        }
        return document.dispatched() && recipientUnitIds.stream().anyMatch(unit -> actsFor(actor, document.siteId(), unit));
    }

    /** The actor's own unit's copy, or a copy of a unit below a leader. */
    public boolean canSee(Actor actor, Recipient recipient) {
        return actsFor(actor, recipient.siteId(), recipient.unitId());
    }

    /** The units whose documents and inbox the actor sees: their own, and for a leader those below. */
    public List<Long> unitsOf(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            return List.of();
        }
        return actor.has(Role.UNIT_LEADER) ? units.subtree(actor.siteId(), actor.unitId()) : List.of(actor.unitId());
    }

    private boolean actsFor(Actor actor, long siteId, long unitId) {
        if (actor == null || !actor.isStaff() || actor.siteId() != siteId) {
            return false;
        }
        return Objects.equals(actor.unitId(), unitId) || (actor.has(Role.UNIT_LEADER) && units.isWithin(unitId, actor.unitId()));
    }
}
