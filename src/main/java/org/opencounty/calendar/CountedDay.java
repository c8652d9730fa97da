package org.opencounty.calendar;

import java.time.LocalDate;

/**
 * One day as counting sees it, so that staff can see how a due date was reached.
 *
 * @param count       for a working day, its number counted from the start (1 = the first working day after it); 0 otherwise
 * @param reason      why the day does not count (the holiday's name or 周末), or {@code 调休上班} for a weekend day that counts
 * @param provisional whether the day's year lacks the arrangement (national, or for XJ regional)
 */
public record CountedDay(LocalDate date, int count, String reason, boolean provisional) {

    public boolean working() {
        return count > 0;
    }
}
