package org.opencounty.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One unit's figures for a period ({@link Figures}), with its grade. */
public record UnitStatistics(String unitCode, String unitName, long received, long accepted, long completed,
                             long completedOnTime, BigDecimal onTimePercent, BigDecimal averageWorkingDays,
                             long warnings, long yellowCards, long redCards, Grade grade) implements Figures {

    /** Serialised beside the code, so that API clients need no table of labels. */
    @JsonProperty("gradeLabel")
    public String gradeLabel() {
        return grade.label();
    }
}
