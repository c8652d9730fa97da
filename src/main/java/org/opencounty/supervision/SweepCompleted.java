package org.opencounty.supervision;

import java.time.LocalDate;
import java.util.Map;

/** A sweep for {@code today} finished; {@code counts} holds the new signals of each type (zero types included). */
public record SweepCompleted(LocalDate today, Map<SignalType, Integer> counts) {

    public SweepCompleted {
        counts = Map.copyOf(counts);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
