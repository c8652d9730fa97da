package org.opencounty.coordination;

import java.util.List;
import java.util.Map;
import org.opencounty.units.UnitKind;

/**
 * Units × tasks: one row per unit the reader sees (filtered by kind and state), one column per task of the page,
 * each cell the unit's state on the task (null where it was not issued to the unit); {@code counts} counts the cells
 * by state over every task and unit, not only the page's. Tasks are paged ({@code page} of {@code pages}) and so are
 * the units ({@code unitPage} of {@code unitPages}): a county ×10 has 300 units.
 */
public record TaskMatrix(List<Task> tasks, List<Row> rows, Map<UnitTaskState, Long> counts, int page, int pages, int unitPage,
                         int unitPages) {

    public record Row(String unitCode, String unitName, UnitKind unitKind, List<UnitTaskState> cells, int done, int overdue) {
    }

    public long count(UnitTaskState state) {
        return counts.getOrDefault(state, 0L);
    }
}
