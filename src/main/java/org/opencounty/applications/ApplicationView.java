package org.opencounty.applications;

import java.time.Instant;
import java.util.List;
import org.opencounty.services.ServiceItemContent;

/** An application with its item's steps and materials, uploads, history, and the clocks' readings. */
public record ApplicationView(Application application, ServiceItemContent item, List<Upload> uploads, List<HistoryLine> history,
                              List<LedgerEntry> ledger, Integer remainingWorkingDays) {

    public record Upload(long id, String materialId, String filename, long size) {
    }

    public record HistoryLine(Instant at, String actor, String action, String fromState, String toState, String note) {
    }

    /** The date that matters now: acceptance, the promised limit, or delivery. */
    public java.time.LocalDate dueDate() {
        return switch (application.state()) {
            case SUBMITTED -> application.acceptanceDue();
            case ACCEPTED -> application.promisedDue();
            case APPROVED, DENIED -> application.deliveryDue();
            default -> null;
        };
    }

    public String currentStepName() {
        return item != null && application.currentStep() < item.procedure().size() ? item.procedure().get(application.currentStep()).name() : null;
    }
}
