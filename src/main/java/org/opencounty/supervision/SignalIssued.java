package org.opencounty.supervision;

import java.time.LocalDate;

/**
 * A sweep issued a signal. Published per signal only when the sweep issued few (see
 * {@link SupervisionSettings#eventLimit()}); a sweep always ends with one {@link SweepCompleted}.
 */
public record SignalIssued(long signalId, long siteId, long unitId, long applicationId, SignalType type, LocalDate issuedOn) {
}
