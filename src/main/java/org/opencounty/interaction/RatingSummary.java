package org.opencounty.interaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The public aggregate of a unit's ratings (or the site's, {@code unitCode} empty): counts per level and per item score,
 * and the satisfaction rate — the share of 非常满意, 满意 and 基本满意 (of scores 3–5 for an item), in percent with
 * one decimal, null while there is no rating.
 */
public record RatingSummary(String unitCode, String unitName, long total, List<LevelCount> levels, BigDecimal satisfactionRate,
                            List<ItemSummary> items) {

    public record LevelCount(String level, String label, long count) {
    }

    /** {@code scores} counts the ratings giving the item 1, 2, 3, 4 and 5. */
    public record ItemSummary(String item, String label, List<Long> scores, BigDecimal satisfactionRate) {
    }

    /** Every level's count in the levels' order, zero where none. */
    static List<LevelCount> levelCounts(Map<RatingLevel, Long> levels) {
        return java.util.Arrays.stream(RatingLevel.values())
                .map(level -> new LevelCount(level.name(), level.label(), levels.getOrDefault(level, 0L))).toList();
    }

    /** The satisfaction rate of counts per level: the levels that are not 差评, of all. */
    static BigDecimal satisfactionRate(Map<RatingLevel, Long> levels) {
        long total = levels.values().stream().mapToLong(Long::longValue).sum();
        long satisfied = levels.entrySet().stream().filter(e -> !e.getKey().bad()).mapToLong(Map.Entry::getValue).sum();
        return rate(satisfied, total);
    }

    static BigDecimal rate(long satisfied, long total) {
        return total == 0 ? null : BigDecimal.valueOf(satisfied * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
