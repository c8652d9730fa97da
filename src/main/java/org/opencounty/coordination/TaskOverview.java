package org.opencounty.coordination;

import java.util.List;

/**
 * The back office's task page: the tasks of the matrix's page with their units counted by state (their {@code units}
 * are not read: the matrix shows the page's cells), and the matrix.
 */
public record TaskOverview(List<TaskDetail> tasks, TaskMatrix matrix) {
}
