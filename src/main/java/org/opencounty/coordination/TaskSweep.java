package org.opencounty.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.coordination.internal.InspectionStatements;
import org.opencounty.coordination.internal.TaskSweepStatements;
import org.opencounty.coordination.internal.TaskAssignmentRepository;
import org.opencounty.coordination.internal.TaskRepository;
import org.opencounty.units.Units;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination sweep, scheduled and locked as supervision's is (docs/supervision.md): every ten minutes it checks
 * the conditions of open tasks (a fact that became true is recorded with its moment) and reminds units still open
 * N working days before a deadline and once after it passed. Several nodes take turns on an advisory lock; the
 * unique reminder per unit, task and kind keeps a reminder from being sent twice even without it.
 */
@Service
public class TaskSweep {

    static final String SYSTEM = "system";

    /** What one sweep did. */
    public record Swept(LocalDate today, int fulfilled, int reminded, int findingsOverdue, int findingsReminded) {
    }

    private final TaskSweepStatements statements;
    private final InspectionStatements findings;
    private final TaskRepository tasks;
    private final TaskAssignmentRepository assignments;
    private final ConditionChecks checks;
    private final Units units;
    private final WorkingDays workingDays;
    private final CoordinationSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskSweep(TaskSweepStatements statements, InspectionStatements findings, TaskRepository tasks, TaskAssignmentRepository assignments, ConditionChecks checks,
              Units units, WorkingDays workingDays, CoordinationSettings settings, AuditLog audit, ApplicationEventPublisher events,
              Clock clock) {
        this.statements = statements;
        this.findings = findings;
        this.tasks = tasks;
        this.assignments = assignments;
        this.checks = checks;
        this.units = units;
        this.workingDays = workingDays;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Swept sweep() {
        return run(SYSTEM);
    }

    /** The sweep the center starts by hand. */
    @Transactional
    public Swept sweepNow(Actor actor) {
        if (!TaskIssuing.mayIssue(actor, actor == null ? -1 : actor.siteId())) {
            throw new NotAllowedException("只有电子政务中心可以立即核验督办任务");
        }
        return run(actor.username());
    }

    /** Once per schedule across nodes, as supervision's sweep (ShedLock; the advisory lock still serialises by-hand sweeps). */
    @Scheduled(cron = "${opencounty.coordination.cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "coordination-sweep", lockAtLeastFor = "PT1M", lockAtMostFor = "PT9M")
    @Transactional
    public void scheduled() {
        run(SYSTEM);
    }

    /** Once after start, unless the schedule is off: what came due while the platform was down should not wait. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void afterStart() {
        if (!Scheduled.CRON_DISABLED.equals(settings.cron())) {
            run(SYSTEM);
        }
    }

    private Swept run(String by) {
        statements.lock();
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
        int fulfilled = checkConditions(by);
        LocalDate until = workingDays.dueDate(today, settings.reminderDays(), settings.region()).dueDate();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int reminded = statements.remind(today, until, now);
        // Findings whose rectification is overdue are marked with the moment they became so, once, and reminded as tasks are.
        int overdue = findings.markOverdue(today);
        int findingsReminded = findings.remind(today, until, now);
        // The scheduled sweep runs 144 times a day: only one that changed something leaves a line.
        if (fulfilled > 0 || reminded > 0 || overdue > 0 || findingsReminded > 0 || !SYSTEM.equals(by)) {
            audit.record(by, "", "task.sweep", "date:" + today, AuditResult.SUCCESS,
                    "核验完成 " + fulfilled + "，提醒 " + reminded + "，督查问题逾期 " + overdue + "，整改提醒 " + findingsReminded);
        }
        return new Swept(today, fulfilled, reminded, overdue, findingsReminded);
    }

    private int checkConditions(String by) {
        Map<Long, Task> byId = new HashMap<>();
        int fulfilled = 0;
        List<TaskAssignment> open = assignments.findByFulfilledAtIsNull();
        for (TaskAssignment assignment : open) {
            Task task = byId.computeIfAbsent(assignment.taskId(), id -> tasks.findById(id).orElseThrow());
            if (task.condition() == null) {
                continue;
            }
            var since = units.byId(assignment.unitId()).flatMap(unit -> checks.metSince(task, unit));
            if (since.isPresent()) {
                assignment.fulfil(since.get());
                fulfilled++;
                audit.record(by, "", "task.fulfil", assignment.submission().target(), AuditResult.SUCCESS,
                        task.condition().describe() + "，" + since.get());
                events.publishEvent(new TaskEvents.TaskUnitChanged(task.siteId(), task.id(), assignment.unitId(), "fulfil", by));
            }
        }
        return fulfilled;
    }
}
