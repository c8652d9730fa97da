package org.opencounty.coordination;

import java.math.BigDecimal;

/** An indicator as the center writes it into a year's scheme. */
public record IndicatorSpec(String part, String name, BigDecimal maxPoints, RuleKind rule, BigDecimal pointsEach) {
}
