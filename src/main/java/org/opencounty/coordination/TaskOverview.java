package org.opencounty.coordination;

import java.util.List;

/** The back office's task page: the tasks of the matrix's page with their units' states, and the matrix. */
public record TaskOverview(List<TaskDetail> tasks, TaskMatrix matrix) {
}
