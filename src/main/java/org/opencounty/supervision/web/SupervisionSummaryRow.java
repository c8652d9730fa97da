package org.opencounty.supervision.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.supervision.UnitStateCount;

/** One unit's open cases by state, as the board's summary table shows them: a row per unit, a column per state. */
public record SupervisionSummaryRow(String unitCode, String unitName, long submitted, long accepted, long approved, long denied) {

    public long total() {
        return submitted + accepted + approved + denied;
    }

    static List<SupervisionSummaryRow> of(List<UnitStateCount> counts) {
        Map<String, long[]> byUnit = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (UnitStateCount count : counts) {
            long[] row = byUnit.computeIfAbsent(count.unitCode(), code -> new long[4]);
            names.put(count.unitCode(), count.unitName());
            switch (count.state()) {
                case "SUBMITTED" -> row[0] += count.count();
                case "ACCEPTED" -> row[1] += count.count();
                case "APPROVED" -> row[2] += count.count();
                case "DENIED" -> row[3] += count.count();
                default -> { }
            }
        }
        List<SupervisionSummaryRow> rows = new ArrayList<>();
        byUnit.forEach((code, row) -> rows.add(new SupervisionSummaryRow(code, names.get(code), row[0], row[1], row[2], row[3])));
        return rows;
    }
}
