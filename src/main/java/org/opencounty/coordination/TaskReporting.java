package org.opencounty.coordination;

import java.time.Clock;
import java.time.Instant;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.coordination.internal.TaskAssignmentRepository;
import org.opencounty.coordination.internal.TaskReportRepository;
import org.opencounty.coordination.internal.TaskRepository;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit's report on a task through the one review chain: the unit's information officer writes and submits it,
 * the unit's principal leader approves (the unit's part is then reported), the center confirms (the task is
 * fulfilled, at the moment the leader sent it on) or returns it with a reason. Nobody approves their own report.
 */
@Service
public class TaskReporting {

    static final int MAX_TEXT = 10_000;

    private final TaskRepository tasks;
    private final TaskAssignmentRepository assignments;
    private final TaskReportRepository reports;
    private final TaskReportKind kind;
    private final SubmissionWorkflow workflow;
    private final ReviewPermissions permissions;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TaskReporting(TaskRepository tasks, TaskAssignmentRepository assignments, TaskReportRepository reports, TaskReportKind kind,
                  SubmissionWorkflow workflow, ReviewPermissions permissions, Units units, ApplicationEventPublisher events,
                  AuditLog audit, PlatformTransactionManager transactionManager, Clock clock) {
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.tasks = tasks;
        this.assignments = assignments;
        this.reports = reports;
        this.kind = kind;
        this.workflow = workflow;
        this.permissions = permissions;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The officer writes the unit's report and submits it to the unit's leader: the text is saved first, in its own
     * transaction, so that a submission refused (screening) keeps what the officer wrote, as an article's draft is kept;
     * the refusal's audit entry then needs no lock the writing transaction holds.
     */
    public TaskAssignment report(Actor actor, long taskId, String unitCode, String text) {
        transactions.executeWithoutResult(status -> write(actor, taskId, unitCode, text));
        return transactions.execute(status -> {
            TaskAssignment assignment = assignments.findByTaskIdAndUnitId(taskId, units.get(tasks.getReferenceById(taskId).siteId(),
                    unitCode.strip()).id()).orElseThrow();
            workflow.submit(actor, kind, assignment, false);
            changed(tasks.getReferenceById(taskId), assignment, "report", actor);
            return assignment;
        });
    }

    private void write(Actor actor, long taskId, String unitCode, String text) {
        Task task = task(actor, taskId);
        Unit unit = unit(task, unitCode);
        if (!permissions.canWrite(actor, task.siteId(), unit.id())) {
            denied(actor, "submit", "task:" + taskId + "/" + unit.code());
            throw new NotAllowedException("只有本单位信息员可以报送任务完成情况");
        }
        TaskAssignment assignment = assignments.findByTaskIdAndUnitId(taskId, unit.id())
                .orElseThrow(() -> InvalidInputException.field("unit", unit.name() + "不在该任务的下达范围内"));
        if (task.fulfilment() == Fulfilment.CONDITION) {
            throw new ConflictException("NOT_BY_REPORT", "该任务由平台自动核验（" + task.condition().describe() + "），无需报送");
        }
        if (assignment.fulfilledAt() != null) {
            throw new ConflictException("TASK_DONE", "该任务已完成，不能再报送");
        }
        String written = text == null ? "" : text.strip();
        if (written.isEmpty() || written.length() > MAX_TEXT) {
            throw InvalidInputException.field("text", "请填写完成情况（不超过" + MAX_TEXT + "字）");
        }
        workflow.requireEditable(actor, kind, assignment, assignment.version());
        if (assignment.needsNewRevision()) {
            TaskReport report = reports.saveAndFlush(new TaskReport(assignment.id(), reports.countByTaskUnitId(assignment.id()) + 1,
                    written, actor.username(), clock.instant()));
            if (assignment.workingRevisionId() == null && assignment.liveRevisionId() == null && reports.countByTaskUnitId(assignment.id()) == 1) {
                workflow.created(actor, kind, assignment, report.id(), "");
            } else {
                workflow.edited(actor, kind, assignment, report.id(), "");
            }
        } else {
            kind.revision(assignment.workingRevisionId()).rewrite(written, actor.username(), clock.instant());
            workflow.edited(actor, kind, assignment, assignment.workingRevisionId(), "");
        }
    }

    /**
     * Brings in a report made before the platform (demo data, an old register) as confirmed, reported by the unit at
     * {@code reportedAt}: screened like any import, its history says so.
     */
    @Transactional
    public TaskAssignment seedConfirmedReport(long taskId, long unitId, String text, Instant reportedAt, String by) {
        TaskAssignment assignment = assignments.findByTaskIdAndUnitId(taskId, unitId).orElseThrow();
        TaskReport report = reports.saveAndFlush(new TaskReport(assignment.id(), 1, text, by, reportedAt));
        assignment.reported(reportedAt);
        workflow.importedAsPublished(by, kind, assignment, report.id(), reportedAt, "导入已确认的任务报告");
        return assignment;
    }

    /** The unit's leader approves the report: it goes to the center, and the unit's part counts as reported now. */
    @Transactional
    public TaskAssignment approve(Actor actor, long taskId, String unitCode) {
        TaskAssignment assignment = inReview(actor, taskId, unitCode, ReviewState.PENDING_LEADER);
        workflow.approve(actor, kind, assignment);
        assignment.reported(clock.instant());
        changed(tasks.getReferenceById(taskId), assignment, "approve", actor);
        return assignment;
    }

    /** The center confirms the report: the task is fulfilled for the unit, as of when its leader sent it on. */
    @Transactional
    public TaskAssignment confirm(Actor actor, long taskId, String unitCode) {
        TaskAssignment assignment = inReview(actor, taskId, unitCode, ReviewState.PENDING_CENTER);
        workflow.approve(actor, kind, assignment);
        changed(tasks.getReferenceById(taskId), assignment, "confirm", actor);
        return assignment;
    }

    /** The unit's leader or the center sends the report back with a written reason. */
    @Transactional
    public TaskAssignment returnForChanges(Actor actor, long taskId, String unitCode, String reason) {
        Task task = task(actor, taskId);
        TaskAssignment assignment = assignment(task, unit(task, unitCode));
        workflow.returnForChanges(actor, kind, assignment, reason);
        assignment.reported(null);
        changed(task, assignment, "return", actor);
        return assignment;
    }

    private TaskAssignment inReview(Actor actor, long taskId, String unitCode, ReviewState step) {
        Task task = task(actor, taskId);
        TaskAssignment assignment = assignment(task, unit(task, unitCode));
        boolean reviewer = step == ReviewState.PENDING_LEADER
                ? permissions.canReviewAsLeader(actor, task.siteId(), assignment.unitId())
                : permissions.canReviewAsCenter(actor, task.siteId());
        if (!reviewer) {
            denied(actor, "review", assignment.submission().target());
            throw new NotAllowedException(step == ReviewState.PENDING_LEADER ? "只有本单位主要领导可以审核任务报告" : "只有电子政务中心可以确认任务报告");
        }
        if (assignment.state() != step) {
            throw new ConflictException("INVALID_STATE", "该任务报告当前状态为“" + assignment.state().label() + "”，不能执行此操作");
        }
        return assignment;
    }

    /** A refusal stays on record although the request's transaction rolls back. */
    private void denied(Actor actor, String action, String target) {
        audit.recordIndependently(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(), kind.name() + "." + action,
                target, AuditResult.DENIED, "");
    }

    private Task task(Actor actor, long taskId) {
        return tasks.findById(taskId).filter(task -> actor != null && task.siteId() == actor.siteId())
                .orElseThrow(() -> new NotFoundException("该任务不存在"));
    }

    private Unit unit(Task task, String unitCode) {
        return units.find(task.siteId(), unitCode == null ? "" : unitCode.strip()).orElseThrow(() -> new NotFoundException("该单位不存在"));
    }

    private TaskAssignment assignment(Task task, Unit unit) {
        return assignments.findByTaskIdAndUnitId(task.id(), unit.id())
                .orElseThrow(() -> InvalidInputException.field("unit", unit.name() + "不在该任务的下达范围内"));
    }

    private void changed(Task task, TaskAssignment assignment, String action, Actor actor) {
        events.publishEvent(new TaskEvents.TaskUnitChanged(task.siteId(), task.id(), assignment.unitId(), action, actor.username()));
    }
}
