package org.opencounty.calendar.web;

import org.opencounty.calendar.CalendarDay;

/** A listed day on the calendar page; only the chosen region's own entries by administrators can be undone. */
public record CalendarRow(CalendarDay day, String weekday, boolean undoable) {
}
