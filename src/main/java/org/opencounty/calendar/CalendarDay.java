package org.opencounty.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A special day of a region: a holiday ({@code offDay}) or a weekend day worked instead (调休, not
 * {@code offDay}). Every other day is a working day from Monday to Friday and a rest day at weekends.
 *
 * @param source {@link #SHIPPED} for the data that comes with the platform, else the administrator who entered it
 */
public record CalendarDay(Region region, LocalDate date, boolean offDay, String name, String source, Instant updatedAt) {

    public static final String SHIPPED = "shipped";

    public boolean shipped() {
        return SHIPPED.equals(source);
    }
}
