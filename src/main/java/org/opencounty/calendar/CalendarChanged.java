package org.opencounty.calendar;

/**
 * The special days of a region's year changed (an administrator's edit, or a year's arrangement was
 * loaded): every open clock whose period touches that year must be recomputed. For {@link Region#CN}
 * this concerns {@link Region#XJ} as well, which counts the national days too.
 */
public record CalendarChanged(Region region, int year) {
}
