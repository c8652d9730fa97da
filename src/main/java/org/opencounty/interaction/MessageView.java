package org.opencounty.interaction;

import java.util.List;

/**
 * A message with its history and attachments as the writer or the staff see it, with its clock: working days left
 * (negative when overdue) and the flags supervision raises (near due, overdue, unanswered too long).
 */
public record MessageView(Message message, String unitCode, String unitName, List<MessageLine> history, List<AttachmentInfo> attachments,
                          Integer remainingWorkingDays, boolean nearDue, boolean overdue, boolean longUnanswered) {

    public record AttachmentInfo(long id, String filename, long size) {
    }
}
