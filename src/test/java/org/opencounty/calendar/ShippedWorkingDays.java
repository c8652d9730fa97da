package org.opencounty.calendar;

import java.util.concurrent.atomic.AtomicInteger;
import org.opencounty.calendar.internal.CalendarCache;
import org.opencounty.calendar.internal.ShippedCalendar;

/** {@link WorkingDays} over the shipped data alone, as a fresh database holds it; counts how often a year is read. */
final class ShippedWorkingDays {

    static final ShippedCalendar SHIPPED = new ShippedCalendar();

    final AtomicInteger yearsRead = new AtomicInteger();
    final WorkingDays workingDays = new WorkingDays(new CalendarCache(year -> {
        yearsRead.incrementAndGet();
        return SHIPPED.yearDays(year);
    }));
}
