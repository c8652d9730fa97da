package org.opencounty.supervision;

import java.time.LocalDate;
import java.util.List;

/** Statistics per unit for the days {@code from} to {@code to}, both included, with the grading rule applied. */
public record Statistics(LocalDate from, LocalDate to, List<UnitStatistics> units, String gradingRule) {

    public Statistics {
        units = List.copyOf(units);
    }
}
