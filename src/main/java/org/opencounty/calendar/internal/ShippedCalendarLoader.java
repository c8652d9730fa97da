package org.opencounty.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.CalendarChanged;
import org.opencounty.calendar.CalendarDay;
import org.opencounty.calendar.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads at each start the shipped years the database does not know yet, so that an update of the
 * platform brings next year's arrangement. A year once loaded is never loaded again, and a date an
 * administrator already set keeps their value.
 */
@Component
class ShippedCalendarLoader {

    private static final Logger log = LoggerFactory.getLogger(ShippedCalendarLoader.class);

    private final ShippedCalendar shipped;
    private final CalendarStore store;
    private final CalendarCache cache;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ShippedCalendarLoader(ShippedCalendar shipped, CalendarStore store, CalendarCache cache, AuditLog audit,
                          ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.clock = clock;
        this.shipped = shipped;
        this.store = store;
        this.cache = cache;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
    }

    @EventListener(ApplicationStartedEvent.class)
    void loadShippedYears() {
        for (Region region : Region.values()) {
            // One transaction a year, so that a year is either loaded whole or tried again at the next start.
            shipped.files(region).values().forEach(file -> transaction.executeWithoutResult(status -> load(region, file)));
        }
        // The current year is asked for first; read it now rather than during a request.
        cache.year(LocalDate.now(clock).getYear());
    }

    private void load(Region region, HolidayFile file) {
        if (!store.markYearLoaded(region, file.year(), CalendarDay.SHIPPED, file.complete())) {
            return;
        }
        AtomicInteger kept = new AtomicInteger();
        file.days().forEach(day -> {
            if (!store.putIfAbsent(region, day.date(), day.offDay(), day.name(), CalendarDay.SHIPPED)) {
                kept.incrementAndGet();
            }
        });
        audit.recordSystem("calendar.year.load", "calendar:" + region.name() + ":" + file.year(), AuditResult.SUCCESS,
                file.days().size() + " 天，随平台提供" + (kept.get() > 0 ? "；保留管理员已设置的 " + kept.get() + " 天" : ""));
        file.years().forEach(year -> events.publishEvent(new CalendarChanged(region, year)));
        log.info("Loaded the shipped {} calendar for {}", region, file.year());
    }
}
