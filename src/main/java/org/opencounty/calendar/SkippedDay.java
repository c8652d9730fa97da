package org.opencounty.calendar;

import java.time.LocalDate;

/** A day a due date passed over without counting it, and why, in words an applicant understands ("国庆节", "周末"). */
public record SkippedDay(LocalDate date, String reason) {
}
