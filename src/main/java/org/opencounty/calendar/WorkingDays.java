package org.opencounty.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencounty.calendar.internal.CalendarCache;
import org.opencounty.calendar.internal.YearDays;
import org.springframework.stereotype.Service;

/**
 * Counts in working days (工作日), as every time limit of 行政许可法 does (art. 82: 以工作日计算，不含法定节假日).
 * A day is a working day when the region's arrangement lists it as worked (调休), or when it is a Monday
 * to Friday not listed as a holiday. In a year whose national arrangement is not loaded, weekends and
 * the statutory holidays ({@code StatutoryHolidays}) rest, and every answer touching that year is marked
 * provisional; so is every answer for Xinjiang touching a year without (complete) regional data. Reads memory only (see {@link CalendarCache}).
 */
@Service
public class WorkingDays {

    static final String WEEKEND = "周末";

    /** Days that do not count for reasons of a clock's own (a suspension), with that reason. */
    interface Pauses {
        Pauses NONE = date -> Optional.empty();

        Optional<String> pausedOn(LocalDate date);
    }

    /** What a date is in a region: working or not, why, and whether the year's arrangement is known. */
    record Day(LocalDate date, boolean working, String reason, boolean adjusted, boolean provisional) {
    }

    private final CalendarCache cache;

    WorkingDays(CalendarCache cache) {
        this.cache = cache;
    }

    public boolean isWorkingDay(LocalDate date, Region region) {
        return day(date, region).working();
    }

    /**
     * The n-th working day after {@code start}; the start day itself never counts (a limit runs from the
     * day after the application was accepted). With 0 working days the start day is the due date.
     */
    public DueDate dueDate(LocalDate start, int workingDays, Region region) {
        return dueDate(start, workingDays, region, Pauses.NONE);
    }

    /**
     * Working days after {@code from} up to and including {@code to}: on the due date itself 0 remain,
     * the day before 1. When {@code to} lies before {@code from} the count is negative (days overdue).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to, Region region) {
        return workingDaysBetween(from, to, region, Pauses.NONE);
    }

    /** The longest span {@link #days} explains: ten years, more than any time limit. */
    public static final int MAX_EXPLAINED_DAYS = 3660;

    /**
     * Every day after {@code from} up to and including {@code to}, numbered as a due date counts them
     * ("explain this due date"); at most {@link #MAX_EXPLAINED_DAYS} days.
     */
    public List<CountedDay> days(LocalDate from, LocalDate to, Region region) {
        Objects.requireNonNull(region, "region");
        if (to.isBefore(from) || from.plusDays(MAX_EXPLAINED_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("span out of range: " + from + ".." + to);
        }
        List<CountedDay> days = new ArrayList<>();
        int counted = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            Day day = day(date, region);
            String reason = day.working() ? (day.adjusted() ? AdjustedDay.REASON : null) : day.reason();
            days.add(new CountedDay(date, day.working() ? ++counted : 0, reason, day.provisional()));
        }
        return days;
    }

    DueDate dueDate(LocalDate start, int workingDays, Region region, Pauses pauses) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(region, "region");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        List<SkippedDay> skipped = new ArrayList<>();
        List<AdjustedDay> adjusted = new ArrayList<>();
        boolean provisional = false;
        LocalDate date = start;
        for (int counted = 0; counted < workingDays; ) {
            date = date.plusDays(1);
            Day day = day(date, region);
            provisional |= day.provisional();
            Optional<String> paused = pauses.pausedOn(date);
            if (paused.isPresent()) {
                skipped.add(new SkippedDay(date, day.working() ? paused.get() : day.reason()));
            } else if (day.working()) {
                counted++;
                if (day.adjusted()) {
                    adjusted.add(new AdjustedDay(date, AdjustedDay.REASON));
                }
            } else {
                skipped.add(new SkippedDay(date, day.reason()));
            }
        }
        return new DueDate(date, provisional, skipped, adjusted);
    }

    int workingDaysBetween(LocalDate from, LocalDate to, Region region, Pauses pauses) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from, region, pauses);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (day(date, region).working() && pauses.pausedOn(date).isEmpty()) {
                count++;
            }
        }
        return count;
    }

    Day day(LocalDate date, Region region) {
        YearDays year = cache.year(date.getYear());
        boolean provisional = !year.hasData(region);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return year.entry(date, region)
                .map(entry -> entry.offDay()
                        ? new Day(date, false, entry.name(), false, provisional)
                        : new Day(date, true, null, weekend, provisional))
                .orElseGet(() -> new Day(date, !weekend, weekend ? WEEKEND : null, false, provisional));
    }
}
