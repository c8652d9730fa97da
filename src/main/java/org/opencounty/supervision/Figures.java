package org.opencounty.supervision;

import java.math.BigDecimal;

/**
 * The figures every row of the statistics has, whether it is a unit's or a service item's, so that the table,
 * the CSV and the workbook write them the same way. {@code onTimePercent} is completed on or before the promised
 * due date among the completed cases that had one (rounded down to 0.1, so that 97.96 % never shows as 98.0 %
 * beside a 良好); {@code averageWorkingDays} runs from acceptance to decision, for cases decided in the period.
 * Both are null when there is nothing to measure.
 */
public interface Figures {

    long received();

    long accepted();

    long completed();

    long completedOnTime();

    BigDecimal onTimePercent();

    BigDecimal averageWorkingDays();

    long warnings();

    long yellowCards();

    long redCards();
}
