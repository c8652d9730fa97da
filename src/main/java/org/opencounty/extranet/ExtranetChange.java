package org.opencounty.extranet;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a unit's connection: {@code state} PENDING (proposed by the unit, waiting for the center), CONFIRMED,
 * SUPERSEDED (a newer proposal came first) or SET (by the center itself).
 */
public record ExtranetChange(long id, long unitId, ExtranetStatus status, String carrier, String switchModel, boolean switchManaged,
                             String addressRange, LocalDate connectedOn, String contactName, String contactPhone, String state,
                             String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt) {
}
