package org.opencounty.calendar;

import java.util.List;

/**
 * A year's special days as they apply in a region: for {@link Region#XJ} the national days and the
 * regional ones, a regional day replacing a national one on the same date.
 *
 * @param nationalData whether the State Council's arrangement for the year is loaded; without it due dates are provisional
 * @param regionalData for {@link Region#XJ}, whether any regional holidays are known for the year
 */
public record YearCalendar(Region region, int year, boolean nationalData, boolean regionalData, List<CalendarDay> days) {

    public YearCalendar {
        days = List.copyOf(days);
    }
}
