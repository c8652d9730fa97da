package org.opencounty.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One unit's figures for a period. {@code onTimePercent} is completed on or before the promised due date among
 * the completed cases that had one (rounded down to 0.1, so that 97.96 % never shows as 98.0 % beside a 良好);
 * {@code averageWorkingDays} runs from acceptance to decision, for cases decided in the period. Both are null
 * when there is nothing to measure.
 */
public record UnitStatistics(String unitCode, String unitName, long received, long accepted, long completed,
                             long completedOnTime, BigDecimal onTimePercent, BigDecimal averageWorkingDays,
                             long warnings, long yellowCards, long redCards, Grade grade) {

    /** Serialised beside the code, so that API clients need no table of labels. */
    @JsonProperty("gradeLabel")
    public String gradeLabel() {
        return grade.label();
    }
}
