package org.opencounty.applications;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervision signal (监察信号) about one case, as the case's page shows it to staff. The applications module
 * keeps no signals: {@link CaseSignals} supplies them, so {@code type} is the supervising module's code
 * ({@code YELLOW}, {@code FEE_ABOVE_STANDARD}, …) with its Chinese label beside it.
 */
public record CaseSignal(String type, String typeLabel, LocalDate issuedOn, String detail, String acknowledgedBy,
                         Instant acknowledgedAt) {

    /** Whether the unit's leader or a supervisor has signed for it (签收). */
    public boolean acknowledged() {
        return acknowledgedBy != null;
    }
}
