package org.opencounty.interaction;

import java.time.LocalDate;
import java.util.List;

/**
 * A disclosure request with its clocks as the handler, the applicant and supervision see them: the answer's due date,
 * working days left (negative when overdue), the last day for a 补正 notice, and the consultations.
 */
public record DisclosureView(DisclosureRequest request, String unitName, String unitLegalName, List<MessageLine> history,
                             List<Consultation> consultations, Integer remainingWorkingDays, LocalDate correctionNoticeDue, boolean overdue) {

    public record Consultation(String party, LocalDate sentOn, LocalDate endsOn, LocalDate answeredOn, String answer) {
    }
}
