package org.opencounty.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The last day of a time limit and how it was reached.
 *
 * @param dueDate     the n-th working day after the start day
 * @param provisional true when a day counted or passed over lies in a year whose national arrangement
 *                    is not loaded yet (only weekends and the statutory holidays were taken as rest days
 *                    there), or, for Xinjiang, whose regional holidays are not known as a whole; the date
 *                    may move once the notice is loaded
 * @param skipped     every day passed over without counting, with its reason
 * @param adjusted    every weekend day that counted because of 调休
 */
public record DueDate(LocalDate dueDate, boolean provisional, List<SkippedDay> skipped, List<AdjustedDay> adjusted) {

    public DueDate {
        skipped = List.copyOf(skipped);
        adjusted = List.copyOf(adjusted);
    }
}
