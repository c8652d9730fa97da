package org.opencounty.coordination;

import java.util.List;
import java.util.Map;

/**
 * A round as its reader sees it: its checklist, the units of the round the reader sees with their findings, and the
 * findings counted by state; {@code mayInspect}: the reader records and checks findings.
 */
public record InspectionSummary(Inspection inspection, List<ChecklistItem> items, List<UnitFindings> units,
                                Map<FindingState, Long> counts, boolean mayInspect, boolean mayDraft) {

    /** One unit of the round with its findings. */
    public record UnitFindings(String unitCode, String unitName, List<FindingRow> findings) {

        public long open() {
            return findings.stream().filter(f -> !f.state().closed()).count();
        }
    }

    /** A finding in the round's table. */
    public record FindingRow(Finding finding, String itemTitle, FindingState state) {
    }

    public long count(FindingState state) {
        return counts.getOrDefault(state, 0L);
    }

    public long findings() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
