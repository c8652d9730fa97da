package org.opencounty.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * Statistics per service item for the days {@code from} to {@code to}, both included: every item with a case or a
 * signal in the period, the most cases received first.
 */
public record StatisticsByItem(LocalDate from, LocalDate to, List<ItemStatistics> items) {

    public StatisticsByItem {
        items = List.copyOf(items);
    }
}
