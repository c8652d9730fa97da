package org.opencounty.coordination;

import java.time.LocalDate;

/** A reminder the sweep sent to a unit on a task (督办提醒): BEFORE its deadline, or AFTER it passed. */
public record TaskReminder(long taskId, String taskTitle, LocalDate deadline, String unitCode, String unitName, String kind,
                           LocalDate issuedOn) {

    public boolean after() {
        return "AFTER".equals(kind);
    }
}
