package org.opencounty.coordination;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.opencounty.coordination.internal.TaskReportRepository;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.SubmissionKind;
import org.opencounty.review.SubmissionRevision;
import org.springframework.stereotype.Component;

/**
 * A unit's report on a task as a kind of submission: the officer writes it, the unit's leader approves, the center
 * confirms ("publishing" it is the confirmation: nothing goes to the portal; the task is fulfilled at the moment the
 * unit's leader sent it on).
 */
@Component
class TaskReportKind implements SubmissionKind<TaskAssignment> {

    private static final Names NAMES = new Names("task.report", "该任务报告", "coord_task_report");

    private final TaskReportRepository reports;
    private final Clock clock;

    TaskReportKind(TaskReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    @Override
    public List<ScreenedField> screenedFields(TaskAssignment subject, long revisionId) {
        return List.of(new ScreenedField("text", revision(revisionId).text()));
    }

    @Override
    public Set<String> publishedContacts(TaskAssignment subject, long revisionId) {
        return Set.of();
    }

    @Override
    public TaskReport revision(long revisionId) {
        return reports.findById(revisionId).orElseThrow();
    }

    @Override
    public void show(TaskAssignment subject) {
        subject.fulfil(subject.reportedAt() == null ? clock.instant() : subject.reportedAt());
    }
}
