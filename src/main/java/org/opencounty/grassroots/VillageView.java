package org.opencounty.grassroots;

import java.time.Instant;
import java.util.List;

/**
 * A village disclosure as the API and the pages show it: the revision shown (the working one to staff, the live one to
 * the public), the finance statement with its totals computed, the subsidy list masked, and who checked it.
 */
public record VillageView(long id, String village, String villageName, String township, VillageCategory category,
                          String categoryLabel, String period, String periodLabel, String periodKind, String state,
                          String stateLabel, int revision, String title, String body, FinanceView finance,
                          List<Subsidy> subsidies, String subsidyTotal, String checkedBy, Instant publishedAt, long version) {

    /** The statement as written, with what the platform computed from it. */
    public record FinanceView(String opening, List<FinanceInput.LineInput> lines, String income, String expense,
                              String closing, boolean balanced) {

        public List<FinanceInput.LineInput> incomes() {
            return lines.stream().filter(line -> "INCOME".equals(line.direction())).toList();
        }

        public List<FinanceInput.LineInput> expenses() {
            return lines.stream().filter(line -> "EXPENSE".equals(line.direction())).toList();
        }
    }
}
