package org.opencounty.supervision;

/** The unit's leader (or a supervisor) acknowledged a signal: the unit knows and answers for it. */
public record SignalAcknowledged(long signalId, long unitId, String by) {
}
