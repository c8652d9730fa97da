package org.opencounty.coordination;

import java.util.List;
import java.util.Map;

/**
 * A task with the units the reader may see and each one's state, counted by state; {@code checkable} is false when
 * the platform cannot check the task's condition (the extranet registry is not installed).
 */
public record TaskDetail(Task task, List<UnitStatus> units, Map<UnitTaskState, Long> counts, boolean checkable, boolean mayIssue) {

    public long count(UnitTaskState state) {
        return counts.getOrDefault(state, 0L);
    }

    /** How many units the task reaches that the reader sees (counted, also where {@code units} was not read). */
    public long unitCount() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
