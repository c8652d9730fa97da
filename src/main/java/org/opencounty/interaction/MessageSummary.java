package org.opencounty.interaction;

import java.time.LocalDate;

/** One line of the staff's list of messages. */
public record MessageSummary(long id, String category, String categoryLabel, String title, String unitCode, String unitName, String state,
                             String stateLabel, LocalDate submittedOn, LocalDate dueOn, LocalDate answeredOn, boolean overdue,
                             boolean longUnanswered) {
}
