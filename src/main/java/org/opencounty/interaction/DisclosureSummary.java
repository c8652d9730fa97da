package org.opencounty.interaction;

import java.time.LocalDate;

/** One line of the staff's list of disclosure requests. */
public record DisclosureSummary(long id, String name, String unitName, String state, String stateLabel, LocalDate receivedOn, LocalDate dueOn,
                                boolean overdue, String outcome) {
}
