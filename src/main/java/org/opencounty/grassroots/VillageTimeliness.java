package org.opencounty.grassroots;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a village stands against the law's timing today: a line per category and the major matters that were disclosed
 * late. {@code late} is the lateness signal the township, the county and the coordination module's assessment read.
 */
public record VillageTimeliness(String village, String villageName, boolean busyFinance, LocalDate today, List<Line> categories,
                                List<MajorMatter> lateMajorMatters, boolean late, long lateCount) {

    /** The verdicts with the lateness signal: a required category overdue, or a major matter disclosed late. */
    static VillageTimeliness of(String village, String villageName, boolean busyFinance, LocalDate today, List<Line> categories,
                                List<MajorMatter> lateMajorMatters) {
        long lateCount = categories.stream().filter(Line::overdue).count() + lateMajorMatters.size();
        return new VillageTimeliness(village, villageName, busyFinance, today, categories, lateMajorMatters, lateCount > 0, lateCount);
    }

    public record Line(VillageCategory category, String categoryLabel, String required, String status, String statusLabel,
                       String period, String periodLabel, LocalDate dueBy) {

        static Line of(Timeliness.Verdict verdict) {
            return new Line(verdict.category(), verdict.category().label(), verdict.required().label(), verdict.status().name(),
                    verdict.status().label(), verdict.period() == null ? null : verdict.period().code(),
                    verdict.period() == null ? null : verdict.period().label(), verdict.dueBy());
        }

        public boolean overdue() {
            return Timeliness.Status.LATE.name().equals(status);
        }
    }

    public record MajorMatter(long disclosureId, String title, LocalDate happened, LocalDate published, Timeliness.Status status) {
    }
}
