package org.opencounty.interaction;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The published figures of 好差评 (STANDARDS.md §6: results and rectification are published) for a unit, or the whole
 * site ({@code unitCode} empty), over a period: ratings per level, the satisfaction rate (非常满意, 满意, 基本满意 of all)
 * and the 差评 rectified rate (差评 whose follow-up is closed — rectified or explained — of all 差评). Rates are percent
 * with one decimal, null when nothing was rated. Ratings the center found malicious (appeal upheld) do not count.
 */
public record RatingFigures(String unitCode, String unitName, long total, List<RatingSummary.LevelCount> levels, BigDecimal satisfactionRate,
                            long bad, long badClosed, BigDecimal rectifiedRate) {

    /** A year's and its month's figures, the site's first, then each unit rated in the year. */
    public record Published(YearMonth month, List<RatingFigures> year, List<RatingFigures> monthly) {
    }

    static RatingFigures of(String unitCode, String unitName, List<RatingStore.PeriodTally> tallies) {
        Map<RatingLevel, Long> levels = new EnumMap<>(RatingLevel.class);
        long bad = 0;
        long badClosed = 0;
        for (RatingStore.PeriodTally t : tallies) {
            levels.merge(t.level(), t.count(), Long::sum);
            if (t.level().bad()) {
                bad += t.count();
                badClosed += t.state() == RatingState.CLOSED ? t.count() : 0;
            }
        }
        long total = levels.values().stream().mapToLong(Long::longValue).sum();
        return new RatingFigures(unitCode, unitName, total, RatingSummary.levelCounts(levels), RatingSummary.satisfactionRate(levels), bad, badClosed,
                RatingSummary.rate(badClosed, bad));
    }
}
