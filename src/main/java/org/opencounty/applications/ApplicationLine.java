package org.opencounty.applications;

import java.time.LocalDate;

/**
 * An application as a list shows it (我的申请, 网上审批): its row and the working days left, without the files, history
 * and ledger that only one case's page reads ({@link ApplicationView}).
 */
public record ApplicationLine(Application application, Integer remainingWorkingDays) {

    /** The date that matters now: acceptance, the promised limit, or delivery. */
    public LocalDate dueDate() {
        return ApplicationView.dueDateOf(application);
    }
}
