package org.opencounty.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The calendar facts one sweep needs, worked out once in Java for each region so that the SQL only compares
 * dates:
 * <ul>
 *   <li>{@code upcoming}: the first warning-days working days after today. A due date from today on has
 *       {@code workingDaysBetween(today, due)} = how many of them fall on or before it.</li>
 *   <li>{@code warnBefore}: the working day after those; a due date before it has at most warning-days left.</li>
 *   <li>{@code redBefore}: the red-follow-up-days-th working day counting back from today (today included); a
 *       yellow card issued before it has had the whole follow-up period.</li>
 * </ul>
 */
public record SweepDates(LocalDate today, int followUpDays,
                         List<LocalDate> upcomingCn, LocalDate warnBeforeCn, LocalDate redBeforeCn,
                         List<LocalDate> upcomingXj, LocalDate warnBeforeXj, LocalDate redBeforeXj) {

    public SweepDates {
        upcomingCn = List.copyOf(upcomingCn);
        upcomingXj = List.copyOf(upcomingXj);
    }

    /** As a PostgreSQL array literal, cast to {@code date[]} in the statement. */
    String upcomingCnArray() {
        return array(upcomingCn);
    }

    String upcomingXjArray() {
        return array(upcomingXj);
    }

    private static String array(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
