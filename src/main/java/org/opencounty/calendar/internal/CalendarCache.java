package org.opencounty.calendar.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.opencounty.calendar.CalendarChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each year's special days in memory, so that counting a time limit reads no database. A year is read
 * at its first use (also a year without data, so that it is not asked for again) and dropped when its
 * days change.
 */
@Component
public class CalendarCache {

    private final IntFunction<YearDays> loader;
    private final Map<Integer, YearDays> years = new ConcurrentHashMap<>();

    @Autowired
    CalendarCache(CalendarStore store) {
        this(store::load);
    }

    public CalendarCache(IntFunction<YearDays> loader) {
        this.loader = loader;
    }

    public YearDays year(int year) {
        return years.computeIfAbsent(year, loader::apply);
    }

    /**
     * Dropped after the transaction ends, committed or not: a year read inside the changing transaction
     * may hold what was rolled back. First of all listeners, so that those recomputing clocks after the
     * commit read the new days. A load running meanwhile finishes before the removal (same map entry).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CalendarChanged event) {
        years.remove(event.year());
    }
}
