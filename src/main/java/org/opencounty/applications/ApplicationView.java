package org.opencounty.applications;

import java.time.Instant;
import java.util.List;
import org.opencounty.catalogue.ServiceItemContent;

/**
 * An application with its item's steps and materials, uploads, history, and the clocks' readings; and its
 * supervision signals when the reader is staff who may see them ({@code signals} is null for anybody else, so that
 * an empty list always means the case has none).
 */
public record ApplicationView(Application application, ServiceItemContent item, List<Upload> uploads, List<HistoryLine> history,
                              List<LedgerEntry> ledger, Integer remainingWorkingDays, List<CaseSignal> signals) {

    public record Upload(long id, String materialId, String filename, long size) {
    }

    /** A line of the history; {@link #noticeTitle()} names the written notice (文书) the line stands for, or is null. */
    public record HistoryLine(long id, Instant at, String actor, String action, String fromState, String toState, String note) {

        public String noticeTitle() {
            return WrittenNotice.Kind.of(action, note).map(WrittenNotice.Kind::title).orElse(null);
        }
    }

    /** The date that matters now: acceptance, the promised limit, or delivery. */
    public java.time.LocalDate dueDate() {
        return dueDateOf(application);
    }

    static java.time.LocalDate dueDateOf(Application application) {
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
