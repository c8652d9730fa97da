package org.opencounty.supervision;

import java.time.LocalDate;
import java.util.List;
import org.opencounty.common.web.PageOf;

/** The open cases of a unit or of the whole site: counts by unit and state, and one page of cases. */
public record Board(LocalDate today, List<UnitStateCount> summary, PageOf<BoardCase> cases) {

    public Board {
        summary = List.copyOf(summary);
    }
}
