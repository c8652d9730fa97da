package org.opencounty.coordination;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.opencounty.units.UnitKind;

/**
 * One unit's score for a year: each indicator's points, every deduction with the fact behind it and a link to it
 * (deductions past an indicator's cap are listed with 0 points), and every manual adjustment with its reason.
 */
public record UnitScore(String unit, String unitName, UnitKind unitKind, BigDecimal total, List<IndicatorScore> indicators,
                        List<Deduction> deductions, List<AdjustmentView> adjustments) {

    public record IndicatorScore(long indicatorId, String part, String name, BigDecimal maxPoints, BigDecimal deducted,
                                 BigDecimal adjusted, BigDecimal score) {
    }

    public record Source(String type, long id, String url) {
    }

    public record Deduction(long indicatorId, String indicator, BigDecimal points, String reason, Source source) {
    }

    public record AdjustmentView(long indicatorId, String indicator, BigDecimal points, String reason, String by, Instant at) {
    }
}
