package org.opencounty.supervision;

import java.time.LocalDate;
import java.util.List;

/** The open cases of a unit or of the whole site: counts by unit and state, and one page of cases. */
public record Board(LocalDate today, List<UnitStateCount> summary, ResultPage<BoardCase> cases) {

    public Board {
        summary = List.copyOf(summary);
    }
}
