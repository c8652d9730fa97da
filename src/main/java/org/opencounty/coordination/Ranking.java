package org.opencounty.coordination;

import java.math.BigDecimal;
import java.util.List;
import org.opencounty.units.UnitKind;

/** A year's scores, ranked within each kind of unit (townships, farm districts, departments); equal totals share a rank. */
public record Ranking(int year, boolean closed, AssessmentYear.Audience audience, List<Ranked> units) {

    public record Ranked(String unit, String unitName, UnitKind unitKind, BigDecimal total, int rank) {
    }
}
