package org.opencounty.supervision;

/** How many open cases a unit has in a state. */
public record UnitStateCount(String unitCode, String unitName, String state, String stateLabel, long count) {
}
