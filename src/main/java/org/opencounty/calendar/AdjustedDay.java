package org.opencounty.calendar;

import java.time.LocalDate;

/**
 * A Saturday or Sunday that counted as a working day because the holiday arrangement moved work to it
 * (调休上班); listed so that a due date on or past a weekend explains itself.
 */
public record AdjustedDay(LocalDate date, String reason) {

    public static final String REASON = "调休上班";
}
