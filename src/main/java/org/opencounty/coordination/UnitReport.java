package org.opencounty.coordination;

import java.util.List;
import org.opencounty.review.ReviewEvent;

/** One unit's report on a task: its text (the working revision, else the confirmed one), its history, and what the reader may do. */
public record UnitReport(Task task, UnitStatus status, String text, List<ReviewEvent> history, boolean mayWrite,
                         boolean mayApprove, boolean mayConfirm, boolean mayReturn) {
}
