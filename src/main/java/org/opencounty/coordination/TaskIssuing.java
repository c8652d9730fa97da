package org.opencounty.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.coordination.internal.TaskAssignmentRepository;
import org.opencounty.coordination.internal.TaskRepository;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The center issues a task to units (下达督办任务): every field checked at once, the deadline a date not in the past
 * or N working days from today on the platform's calendar, the units resolved from codes, kinds or all. A task
 * fulfilled by a condition is checked at once for each unit, so a fact already true counts from when it became true.
 */
@Service
public class TaskIssuing {

    static final int MAX_WORKING_DAYS = 250;

    private final TaskRepository tasks;
    private final TaskAssignmentRepository assignments;
    private final Units units;
    private final WorkingDays workingDays;
    private final CoordinationSettings settings;
    private final ConditionChecks checks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskIssuing(TaskRepository tasks, TaskAssignmentRepository assignments, Units units, WorkingDays workingDays,
                CoordinationSettings settings, ConditionChecks checks, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.units = units;
        this.workingDays = workingDays;
        this.settings = settings;
        this.checks = checks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the actor issues tasks for the site (the center's editors and administrators). */
    public static boolean mayIssue(Actor actor, long siteId) {
        return actor != null && actor.siteId() == siteId && (actor.has(Role.CENTER_EDITOR) || actor.has(Role.CENTER_ADMIN));
    }

    @Transactional
    public Task issue(Actor actor, long siteId, TaskOrder order) {
        if (!mayIssue(actor, siteId)) {
            audit.recordIndependently(actor == null ? "anonymous" : actor.username(), actor == null || actor.unitCode() == null ? "" : actor.unitCode(),
                    "task.issue", "site:" + siteId, AuditResult.DENIED, order.title());
            throw new NotAllowedException("只有电子政务中心可以下达督办任务");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
        validateText(order, errors);
        LocalDate deadline = deadline(order, today, errors);
        List<Unit> chosen = chosenUnits(siteId, order, errors);
        validateCondition(order.condition(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Task task = tasks.saveAndFlush(new Task(siteId, order, deadline, actor.username(), clock.instant()));
        for (Unit unit : chosen) {
            TaskAssignment assignment = assignments.save(new TaskAssignment(task.id(), siteId, unit.id(), actor.username(), clock.instant()));
            if (task.condition() != null) {
                checks.metSince(task, unit).ifPresent(assignment::fulfil);
            }
        }
        assignments.flush();
        audit.record(actor, "task.issue", "task:" + task.id(), AuditResult.SUCCESS,
                task.title() + "，期限 " + deadline + "，" + chosen.size() + " 个单位");
        events.publishEvent(new TaskEvents.TaskIssued(siteId, task.id(), chosen.size(), actor.username()));
        return task;
    }

    /**
     * Brings in a task issued before the platform (demo data, an old register) as it was issued at {@code issuedAt}: the
     * deadline may lie in the past. Units are given by code and must exist.
     */
    @Transactional
    public Task seed(long siteId, TaskOrder order, Instant issuedAt, String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        validateText(order, errors);
        List<Unit> chosen = chosenUnits(siteId, order, errors);
        validateCondition(order.condition(), errors);
        if (order.deadline() == null) {
            errors.put("deadline", "请填写完成期限");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return saveAssigned(siteId, order, order.deadline(), chosen.stream().map(Unit::id).toList(), by, issuedAt, "task.import",
                "，" + chosen.size() + " 个单位");
    }

    /**
     * A dispatched official document with a 办理时限 becomes a by-report task of each receiving unit: a document with a
     * deadline is how the county gives orders, and the task makes the answer of each unit a fact. Issued in the name of
     * the document (its 文号), once per document however often the dispatch is delivered to this listener.
     */
    @Transactional
    public Optional<Task> fromDocument(long siteId, long documentId, String number, String title, LocalDate deadline,
                                       List<Long> unitIds) {
        String link = "/admin/documents/" + documentId;
        if (deadline == null || unitIds.isEmpty() || tasks.existsBySiteIdAndBasisUrl(siteId, link)) {
            return Optional.empty();
        }
        List<Long> chosen = unitIds.stream().distinct().map(units::byId).flatMap(Optional::stream)
                .filter(unit -> unit.siteId() == siteId).map(Unit::id).toList();
        String by = "公文 " + number;
        TaskOrder order = new TaskOrder(title.length() > 200 ? title.substring(0, 200) : title, number, link,
                "按文件要求办理并报送办理情况。", deadline, null, List.of(), List.of(), false, null);
        Task task = saveAssigned(siteId, order, deadline, chosen, by, clock.instant(), "task.from-document",
                "，期限 " + deadline + "，" + chosen.size() + " 个单位，document:" + documentId);
        events.publishEvent(new TaskEvents.TaskIssued(siteId, task.id(), chosen.size(), by));
        return Optional.of(task);
    }

    /** Saves a task issued by {@code by} at {@code at} and its units' parts, and audits it as {@code action}. */
    private Task saveAssigned(long siteId, TaskOrder order, LocalDate deadline, List<Long> unitIds, String by, Instant at, String action,
                              String note) {
        Task task = tasks.saveAndFlush(new Task(siteId, order, deadline, by, at));
        unitIds.forEach(unitId -> assignments.save(new TaskAssignment(task.id(), siteId, unitId, by, at)));
        assignments.flush();
        audit.record(by, "", action, "task:" + task.id(), AuditResult.SUCCESS, task.title() + note);
        return task;
    }

    private static void validateText(TaskOrder order, Map<String, String> errors) {
        if (order.title().isEmpty() || order.title().length() > 200) {
            errors.put("title", "请填写任务名称（不超过200字）");
        }
        if (order.basis().length() > 100) {
            errors.put("basis", "依据文号不超过100字");
        }
        String url = order.basisUrl();
        if (url.length() > 500 || !(url.isEmpty() || url.startsWith("/") && !url.startsWith("//")
                || url.startsWith("https://") || url.startsWith("http://"))) {
            errors.put("basisUrl", "文件链接应为本站路径（/ 开头）或 http(s) 网址");
        }
        if (order.requirement().length() > 5000) {
            errors.put("requirement", "任务要求不超过5000字");
        }
    }

    private LocalDate deadline(TaskOrder order, LocalDate today, Map<String, String> errors) {
        if (order.workingDays() != null) {
            if (order.deadline() != null) {
                errors.put("deadline", "期限请填写日期或工作日数，不能同时填写");
                return null;
            }
            if (order.workingDays() < 1 || order.workingDays() > MAX_WORKING_DAYS) {
                errors.put("workingDays", "工作日数应为 1 至 " + MAX_WORKING_DAYS);
                return null;
            }
            return workingDays.dueDate(today, order.workingDays(), settings.region()).dueDate();
        }
        if (order.deadline() == null) {
            errors.put("deadline", "请填写完成期限（日期，或自下达之日起的工作日数）");
        } else if (order.deadline().isBefore(today)) {
            errors.put("deadline", "完成期限不能早于今天（" + today + "）");
        }
        return order.deadline();
    }

    private List<Unit> chosenUnits(long siteId, TaskOrder order, Map<String, String> errors) {
        return UnitScope.resolve(units, siteId, order.unitCodes(), order.unitKinds(), order.allUnits(), errors);
    }

    private static void validateCondition(TaskCondition condition, Map<String, String> errors) {
        if (condition == null) {
            return;
        }
        if (condition.kind() == ConditionKind.CONTACTS || condition.kind() == ConditionKind.ARTICLES) {
            if (condition.count() == null || condition.count() < 1 || condition.count() > 1000) {
                errors.put("conditionCount", "请填写规定数量（1 至 1000）");
            }
        }
        if (condition.kind() == ConditionKind.CONTACTS && condition.role() == null) {
            errors.put("conditionRole", "请选择联系人类别");
        }
        if (condition.kind() == ConditionKind.ARTICLES && condition.column() == null) {
            errors.put("conditionColumn", "请选择栏目");
        }
    }
}
