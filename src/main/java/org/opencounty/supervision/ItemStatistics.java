package org.opencounty.supervision;

import java.math.BigDecimal;

/**
 * One service item's figures for a period ({@link Figures}), with the unit that handles its cases. Not graded: the
 * quarterly grade assesses a unit, and an item with a handful of cases would swing between 优秀 and 不合格.
 * {@code itemName} is the name its cases were filed under.
 */
public record ItemStatistics(String unitCode, String unitName, long itemId, String itemName, long received, long accepted,
                             long completed, long completedOnTime, BigDecimal onTimePercent, BigDecimal averageWorkingDays,
                             long warnings, long yellowCards, long redCards) implements Figures {
}
