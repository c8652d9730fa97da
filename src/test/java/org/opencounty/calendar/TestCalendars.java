package org.opencounty.calendar;

/** {@link WorkingDays} over the shipped data alone, for other modules' pure clock tests. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static WorkingDays shipped() {
        return new ShippedWorkingDays().workingDays;
    }
}
