package org.opencounty.extranet;

import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.units.UnitKind;

/** A unit's confirmed connection (a unit that never applied: {@link ExtranetStatus#NOT_APPLIED}, nothing else known). */
public record ExtranetConnection(long unitId, String unitCode, String unitName, UnitKind unitKind, ExtranetStatus status,
                                 String carrier, String switchModel, boolean switchManaged, String addressRange,
                                 LocalDate connectedOn, String contactName, String contactPhone, String updatedBy,
                                 Instant updatedAt, boolean pending) {

    /** Not connected by the rollout's deadline, seen on {@code today}. */
    public boolean pastDeadline(LocalDate deadline, LocalDate today) {
        return !status.connected() && today.isAfter(deadline);
    }
}
