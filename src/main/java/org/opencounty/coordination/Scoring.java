package org.opencounty.coordination;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencounty.units.UnitKind;

/**
 * The scoring rule (docs/assessment.md), pure: an indicator scored from facts starts at its maximum and loses the
 * points each fact deducts until its cap, the indicator's points (STANDARDS §2.1: deductions never exceed them); a
 * bonus indicator starts at 0; adjustments then move it, within 0 and its maximum. The total is the sum.
 */
public final class Scoring {

    private Scoring() {
    }

    public static UnitScore score(String unitCode, String unitName, UnitKind kind, List<Indicator> indicators, List<ScoreFact> facts,
                                  List<Adjustment> adjustments) {
        Map<RuleKind, List<ScoreFact>> byRule = facts.stream().collect(Collectors.groupingBy(ScoreFact::rule));
        List<UnitScore.IndicatorScore> scores = new ArrayList<>();
        List<UnitScore.Deduction> deductions = new ArrayList<>();
        List<UnitScore.AdjustmentView> adjusted = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator indicator : indicators) {
            BigDecimal max = indicator.maxPoints();
            BigDecimal deducted = BigDecimal.ZERO;
            if (indicator.rule().fromFacts()) {
                for (ScoreFact fact : byRule.getOrDefault(indicator.rule(), List.of())) {
                    BigDecimal points = indicator.pointsEach().min(max.subtract(deducted));
                    deducted = deducted.add(points);
                    boolean capped = points.compareTo(indicator.pointsEach()) < 0;
                    deductions.add(new UnitScore.Deduction(indicator.id(), indicator.name(), points.negate(),
                            fact.reason() + (capped ? "（本项扣分已达上限 " + max.stripTrailingZeros().toPlainString() + " 分）" : ""),
                            new UnitScore.Source(fact.sourceType(), fact.sourceId(), fact.url())));
                }
            }
            BigDecimal adjustment = BigDecimal.ZERO;
            for (Adjustment a : adjustments) {
                if (a.indicatorId().equals(indicator.id())) {
                    adjustment = adjustment.add(a.points());
                    adjusted.add(new UnitScore.AdjustmentView(indicator.id(), indicator.name(), a.points(), a.reason(), a.madeBy(), a.madeAt()));
                }
            }
            BigDecimal score = score(indicator, deducted, adjustment);
            scores.add(new UnitScore.IndicatorScore(indicator.id(), indicator.part(), indicator.name(), max, deducted, adjustment, score));
            total = total.add(score);
        }
        return new UnitScore(unitCode, unitName, kind, total, scores, deductions, adjusted);
    }

    /**
     * The total alone, from how many facts of each kind the unit has (the ranking: no fact is read one by one). Each
     * fact deducts {@code pointsEach} until the indicator's cap, so that n facts deduct min(n × pointsEach, maximum),
     * as {@link #score} adds them up.
     */
    public static BigDecimal total(List<Indicator> indicators, Map<RuleKind, Long> counts, List<Adjustment> adjustments) {
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator indicator : indicators) {
            BigDecimal deducted = !indicator.rule().fromFacts() ? BigDecimal.ZERO
                    : indicator.pointsEach().multiply(BigDecimal.valueOf(counts.getOrDefault(indicator.rule(), 0L))).min(indicator.maxPoints());
            BigDecimal adjustment = adjustments.stream().filter(a -> a.indicatorId().equals(indicator.id())).map(Adjustment::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            total = total.add(score(indicator, deducted, adjustment));
        }
        return total;
    }

    /** An indicator's points: from its maximum (a bonus from 0) less what was deducted, adjusted, within 0 and its maximum. */
    private static BigDecimal score(Indicator indicator, BigDecimal deducted, BigDecimal adjustment) {
        BigDecimal base = indicator.rule() == RuleKind.BONUS ? BigDecimal.ZERO : indicator.maxPoints();
        return base.subtract(deducted).add(adjustment).max(BigDecimal.ZERO).min(indicator.maxPoints());
    }
}
