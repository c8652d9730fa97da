package org.opencounty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.opencounty.common.TimeConfiguration;

/**
 * The platform's clock in tests: a fixed instant that tests move explicitly, so that no test depends on the
 * day the suite runs (a suite run just before 国庆 or 春节 once saw 9 calendar days hold fewer than 5 working days).
 * Tests that move it put it back when done ({@link #reset}).
 */
public class TimeMachine extends Clock {

    /**
     * Tuesday 2026-07-14, 10:00 in China: an ordinary working day in a year whose national and Xinjiang
     * arrangements are shipped, with no holiday within the next four weeks (端午 was 06-19, 古尔邦节 05-27..31,
     * 中秋 is 09-25), so that a few working days from it are a few calendar days. Tests that need a holiday pick it from the calendar.
     */
    public static final Instant START = LocalDate.of(2026, 7, 14).atTime(10, 0).atZone(TimeConfiguration.CHINA).toInstant();

    private static final LocalTime OFFICE_HOURS = LocalTime.of(10, 0);

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    public void travel(Duration duration) {
        now.updateAndGet(current -> current.plus(duration));
    }

    /** Moves to a day, at 10:00 in China (office hours). */
    public void travelTo(LocalDate day) {
        now.set(day.atTime(OFFICE_HOURS).atZone(TimeConfiguration.CHINA).toInstant());
    }

    public void reset() {
        now.set(START);
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
