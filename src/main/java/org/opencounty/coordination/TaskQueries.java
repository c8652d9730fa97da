package org.opencounty.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.coordination.internal.TaskAssignmentRepository;
import org.opencounty.coordination.internal.TaskReads;
import org.opencounty.coordination.internal.TaskRepository;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the center and the units read of tasks. The center's roles see every unit of their site; a unit's staff see
 * their unit and the units below it, and only the tasks issued to those.
 */
@Service
public class TaskQueries {

    /** Tasks per page of the matrix: its columns. */
    public static final int MATRIX_COLUMNS = 12;
    /** Units per page of the matrix: its rows. */
    public static final int MATRIX_ROWS = 50;

    private final TaskRepository tasks;
    private final TaskAssignmentRepository assignments;
    private final TaskReads reads;
    private final TaskReportKind kind;
    private final SubmissionWorkflow workflow;
    private final ReviewPermissions permissions;
    private final ConditionChecks checks;
    private final Units units;
    private final UnitAccess unitAccess;
    private final Clock clock;

    TaskQueries(TaskRepository tasks, TaskAssignmentRepository assignments, TaskReads reads, TaskReportKind kind,
                SubmissionWorkflow workflow, ReviewPermissions permissions, ConditionChecks checks, Units units,
                UnitAccess unitAccess, Clock clock) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.reads = reads;
        this.kind = kind;
        this.workflow = workflow;
        this.permissions = permissions;
        this.checks = checks;
        this.units = units;
        this.unitAccess = unitAccess;
        this.clock = clock;
    }

    /**
     * Page {@code page} of the tasks the reader sees, newest deadline first, each with the reader's units and their
     * states: every task of the site for the center, else those issued to the reader's units. Chosen, counted and cut in
     * SQL; only the page's tasks and cells are read (a county has 300 units and hundreds of tasks).
     */
    @Transactional(readOnly = true)
    public PageOf<TaskDetail> page(Actor actor, int page, int size) {
        List<Long> visible = List.copyOf(visibleUnits(actor));
        return listed(actor, actor.isCenterWide() ? null : visible, visible, page, size);
    }

    /**
     * Page {@code page} of one unit's tasks, newest deadline first, each with that unit's state and the task's units
     * counted by state as the reader sees them (as {@link #get}).
     */
    @Transactional(readOnly = true)
    public PageOf<TaskDetail> ofUnit(Actor actor, String unitCode, int page, int size) {
        Unit unit = visibleUnit(actor, unitCode);
        PageOf<TaskDetail> listed = listed(actor, List.of(unit.id()), List.copyOf(visibleUnits(actor)), page, size);
        return listed.map(detail -> new TaskDetail(detail.task(), detail.units().stream().filter(u -> u.unitId() == unit.id()).toList(),
                detail.counts(), detail.checkable(), detail.mayIssue()));
    }

    /** How many of the reader's units are overdue on a task, over every task (the dashboard's figure), counted in SQL. */
    @Transactional(readOnly = true)
    public long overdue(Actor actor) {
        return reads.overdue(actor.siteId(), List.copyOf(visibleUnits(actor)), clock.instant());
    }

    /** The site's tasks of the given ids, read at once (a list's titles and deadlines). */
    @Transactional(readOnly = true)
    public Map<Long, Task> tasks(Actor actor, Collection<Long> ids) {
        requireStaff(actor);
        return ids.isEmpty() ? Map.of() : tasks.findAllById(ids).stream().filter(task -> task.siteId() == actor.siteId())
                .collect(Collectors.toMap(Task::id, Function.identity()));
    }

    /** A page of the tasks with a cell of {@code scope} ({@code null}: every task), with the cells of the {@code visible} units. */
    private PageOf<TaskDetail> listed(Actor actor, List<Long> scope, List<Long> visible, int page, int size) {
        int number = PageOf.clampPage(page);
        List<Long> ids = reads.listedPage(actor.siteId(), scope, (long) (number - 1) * size, size);
        List<Task> pageTasks = ids.isEmpty() ? List.of() : tasks.findByIdInOrderByDeadlineDescIdDesc(ids);
        Map<Long, Task> byId = pageTasks.stream().collect(Collectors.toMap(Task::id, Function.identity()));
        Map<Long, Unit> directory = directory(actor.siteId());
        Instant now = clock.instant();
        Map<Long, List<UnitStatus>> statuses = new HashMap<>();
        reads.cellsOf(actor.siteId(), ids, visible).forEach(cell -> statuses.computeIfAbsent(cell.taskId(), id -> new ArrayList<>())
                .add(status(byId.get(cell.taskId()), directory.get(cell.unitId()), cell, now)));
        return new PageOf<>(reads.listedCount(actor.siteId(), scope), number, size,
                pageTasks.stream().map(task -> detail(actor, task, statuses.getOrDefault(task.id(), List.of()))).toList());
    }

    /**
     * The back office's task page: the matrix (one page of tasks, one page of units) and the page's tasks with their
     * units counted by state. The counts are made in SQL and only the page's cells are read, so what the page reads is
     * bounded by the page, not by the county's 56,000 cells.
     */
    @Transactional(readOnly = true)
    public TaskOverview overview(Actor actor, UnitKind unitKind, UnitTaskState state, int page, int unitPage) {
        Set<Long> visible = visibleUnits(actor);
        List<Unit> shownUnits = units.directory(actor.siteId()).stream().filter(unit -> visible.contains(unit.id())).toList();
        List<Long> shownIds = shownUnits.stream().map(Unit::id).toList();
        List<Long> rowIds = shownUnits.stream().filter(unit -> unitKind == null || unit.kind() == unitKind).map(Unit::id).toList();
        Map<Long, Unit> unitsById = shownUnits.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Instant now = clock.instant();

        Slice<Long> taskSlice = Slice.counted(reads.taskCount(actor.siteId(), shownIds), page, MATRIX_COLUMNS,
                (offset, limit) -> reads.taskPage(actor.siteId(), shownIds, offset, limit));
        Map<Long, Task> byId = new HashMap<>();
        tasks.findAllById(taskSlice.items()).forEach(task -> byId.put(task.id(), task));
        List<Task> pageTasks = taskSlice.items().stream().map(byId::get).toList();

        String chosen = state == null ? "" : state.name();
        TaskReads.Counted counted = reads.counted(actor.siteId(), rowIds, chosen, now);
        Slice<TaskReads.RowTotals> unitSlice = Slice.counted(counted.rows(), unitPage, MATRIX_ROWS,
                (offset, limit) -> reads.rowPage(actor.siteId(), rowIds, chosen, now, offset, limit));
        List<Long> pageUnitIds = unitSlice.items().stream().map(TaskReads.RowTotals::unitId).toList();
        Map<Long, Map<Long, UnitTaskState>> cellsByUnit = new HashMap<>();
        reads.pageCells(actor.siteId(), pageUnitIds, taskSlice.items(), now).forEach(cell ->
                cellsByUnit.computeIfAbsent(cell.unitId(), id -> new HashMap<>()).put(cell.taskId(), UnitTaskState.valueOf(cell.state())));
        List<TaskMatrix.Row> rows = unitSlice.items().stream().map(totals -> {
            Unit unit = unitsById.get(totals.unitId());
            Map<Long, UnitTaskState> row = cellsByUnit.getOrDefault(unit.id(), Map.of());
            return new TaskMatrix.Row(unit.code(), unit.name(), unit.kind(), pageTasks.stream().map(task -> row.get(task.id())).toList(),
                    totals.done(), totals.overdue());
        }).toList();
        Map<UnitTaskState, Long> counts = new EnumMap<>(UnitTaskState.class);
        counted.byState().forEach((name, count) -> counts.put(UnitTaskState.valueOf(name), count));
        TaskMatrix matrix = new TaskMatrix(pageTasks, rows, counts, taskSlice.number(), taskSlice.pages(), unitSlice.number(), unitSlice.pages());

        Map<Long, Map<UnitTaskState, Long>> taskCounts = new HashMap<>();
        reads.taskCounts(actor.siteId(), shownIds, taskSlice.items(), now).forEach(count -> taskCounts
                .computeIfAbsent(count.taskId(), id -> new EnumMap<>(UnitTaskState.class)).put(UnitTaskState.valueOf(count.state()), count.count()));
        List<TaskDetail> details = pageTasks.stream().map(task -> new TaskDetail(task, List.of(), taskCounts.getOrDefault(task.id(), Map.of()),
                task.condition() == null || checks.checkable(task.condition().kind()), TaskIssuing.mayIssue(actor, task.siteId()))).toList();
        return new TaskOverview(details, matrix);
    }

    /**
     * The unit's open (unfulfilled) tasks of every year, the first {@code limit} by newest deadline with their tasks
     * (the dashboard's card): counted and cut in SQL, as a unit has years of tasks; the whole list is {@link #ofUnit}'s.
     */
    @Transactional(readOnly = true)
    public OpenTasks openOfUnit(Actor actor, String unitCode, int limit) {
        Unit unit = visibleUnit(actor, unitCode);
        List<TaskReads.Cell> cells = reads.openCells(actor.siteId(), unit.id(), limit);
        Map<Long, Task> byId = tasks(actor, cells.stream().map(TaskReads.Cell::taskId).toList());
        Instant now = clock.instant();
        return new OpenTasks(reads.openCount(actor.siteId(), unit.id()),
                cells.stream().map(cell -> status(byId.get(cell.taskId()), unit, cell, now)).toList(), byId);
    }

    /** How many tasks a unit has open, the first of them and their tasks by id. */
    public record OpenTasks(long total, List<UnitStatus> shown, Map<Long, Task> tasks) {
    }

    @Transactional(readOnly = true)
    public TaskDetail get(Actor actor, long taskId) {
        Task task = task(actor, taskId);
        Set<Long> visible = visibleUnits(actor);
        List<TaskAssignment> shown = assignments.findByTaskIdOrderByIdAsc(taskId).stream().filter(a -> visible.contains(a.unitId())).toList();
        if (shown.isEmpty() && !actor.isCenterWide()) {
            throw new NotAllowedException("该任务未下达给您的单位");
        }
        return detail(actor, task, shown, directory(actor.siteId()));
    }

    @Transactional(readOnly = true)
    public Task task(Actor actor, long taskId) {
        requireStaff(actor);
        return tasks.findById(taskId).filter(task -> task.siteId() == actor.siteId()).orElseThrow(() -> new NotFoundException("该任务不存在"));
    }

    /** A unit's report on a task with its history and what the reader may do with it. */
    @Transactional(readOnly = true)
    public UnitReport report(Actor actor, long taskId, String unitCode) {
        Task task = task(actor, taskId);
        Unit unit = visibleUnit(actor, unitCode);
        TaskAssignment assignment = assignments.findByTaskIdAndUnitId(taskId, unit.id())
                .orElseThrow(() -> new NotFoundException(unit.name() + "不在该任务的下达范围内"));
        Long revision = assignment.workingRevisionId() != null ? assignment.workingRevisionId() : assignment.liveRevisionId();
        String text = revision == null ? "" : kind.revision(revision).text();
        UnitStatus status = status(task, assignment, unit);
        boolean byReport = task.fulfilment() == Fulfilment.REPORT && assignment.fulfilledAt() == null;
        boolean leaderStep = assignment.state() == ReviewState.PENDING_LEADER && permissions.canReviewAsLeader(actor, task.siteId(), unit.id());
        boolean centerStep = assignment.state() == ReviewState.PENDING_CENTER && permissions.canReviewAsCenter(actor, task.siteId());
        return new UnitReport(task, status, text, workflow.history(kind, assignment.id()),
                byReport && permissions.canWrite(actor, task.siteId(), unit.id())
                        && (assignment.needsNewRevision() || assignment.state().editable()),
                leaderStep, centerStep, leaderStep || centerStep);
    }

    /** Every task as a column and every unit as a row (the exports). */
    @Transactional(readOnly = true)
    public TaskMatrix fullMatrix(Actor actor, UnitKind unitKind, UnitTaskState state) {
        return matrix(cells(actor), unitKind, state);
    }

    /** Every cell the reader sees, with its state now, by task and by unit: what the exported matrix is made of. */
    private record Cells(List<Task> shownTasks, List<Unit> directory, Map<Long, List<TaskReads.Cell>> byTask,
                         Map<Long, Map<Long, UnitTaskState>> byUnit) {
    }

    private Cells cells(Actor actor) {
        Set<Long> visible = visibleUnits(actor);
        List<Unit> directory = units.directory(actor.siteId());
        Map<Long, Unit> unitsById = directory.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Instant now = clock.instant();
        List<Task> all = tasks.findBySiteIdOrderByDeadlineDescIdDesc(actor.siteId());
        Map<Long, Task> byId = all.stream().collect(Collectors.toMap(Task::id, Function.identity()));
        Map<Long, List<TaskReads.Cell>> byTask = new HashMap<>();
        Map<Long, Map<Long, UnitTaskState>> byUnit = new HashMap<>();
        for (TaskReads.Cell cell : reads.cells(actor.siteId())) {
            Task task = byId.get(cell.taskId());
            if (task == null || !unitsById.containsKey(cell.unitId()) || !visible.contains(cell.unitId())) {
                continue;
            }
            byTask.computeIfAbsent(task.id(), id -> new ArrayList<>()).add(cell);
            byUnit.computeIfAbsent(cell.unitId(), id -> new HashMap<>()).put(task.id(), state(task, cell, now));
        }
        List<Task> shown = all.stream().filter(task -> actor.isCenterWide() || byTask.containsKey(task.id())).toList();
        return new Cells(shown, directory, byTask, byUnit);
    }

    /**
     * The whole matrix of the units the reader sees, filtered by unit kind and by a state some cell of the row has (the
     * page's matrix is counted and cut in SQL by {@link #overview}).
     */
    private static TaskMatrix matrix(Cells cells, UnitKind unitKind, UnitTaskState state) {
        List<Task> shownTasks = cells.shownTasks().stream().filter(task -> cells.byTask().containsKey(task.id())).toList();
        Map<UnitTaskState, Long> counts = new EnumMap<>(UnitTaskState.class);
        List<Unit> rowUnits = new ArrayList<>();
        for (Unit unit : cells.directory()) {
            Map<Long, UnitTaskState> row = cells.byUnit().get(unit.id());
            if (row == null || (unitKind != null && unit.kind() != unitKind) || (state != null && !row.containsValue(state))) {
                continue;
            }
            row.values().forEach(cellState -> counts.merge(cellState, 1L, Long::sum));
            rowUnits.add(unit);
        }
        List<TaskMatrix.Row> rows = rowUnits.stream().map(unit -> {
            Map<Long, UnitTaskState> row = cells.byUnit().get(unit.id());
            int done = (int) row.values().stream().filter(UnitTaskState::done).count();
            int overdue = (int) row.values().stream().filter(s -> s == UnitTaskState.OVERDUE).count();
            return new TaskMatrix.Row(unit.code(), unit.name(), unit.kind(), shownTasks.stream().map(task -> row.get(task.id())).toList(),
                    done, overdue);
        }).toList();
        return new TaskMatrix(shownTasks, rows, counts, 1, 1, 1, 1);
    }

    /** One page of a list: the number asked for, kept within the pages there are. */
    record Slice<T>(List<T> items, int number, int pages) {

        /** The page of {@code total} items asked for, kept within the pages there are, read by {@code page(offset, limit)}. */
        static <T> Slice<T> counted(long total, int page, int size, BiFunction<Integer, Integer, List<T>> read) {
            int pages = (int) Math.max(1, (total + size - 1) / size);
            int number = Math.min(Math.max(1, page), pages);
            return new Slice<>(total == 0 ? List.of() : read.apply((number - 1) * size, size), number, pages);
        }
    }

    private TaskDetail detail(Actor actor, Task task, Collection<TaskAssignment> shown, Map<Long, Unit> directory) {
        return detail(actor, task, shown.stream().map(a -> status(task, a, directory.get(a.unitId()))).toList());
    }

    private TaskDetail detail(Actor actor, Task task, List<UnitStatus> statuses) {
        Map<UnitTaskState, Long> counts = new EnumMap<>(UnitTaskState.class);
        statuses.forEach(status -> counts.merge(status.state(), 1L, Long::sum));
        boolean checkable = task.condition() == null || checks.checkable(task.condition().kind());
        return new TaskDetail(task, statuses, counts, checkable, TaskIssuing.mayIssue(actor, task.siteId()));
    }

    private static UnitTaskState state(Task task, TaskReads.Cell cell, Instant now) {
        return UnitTaskState.of(task.fulfilment(), cell.written() ? ReviewState.valueOf(cell.state()) : null, cell.fulfilledAt(),
                task.deadline(), now);
    }

    private static UnitStatus status(Task task, Unit unit, TaskReads.Cell cell, Instant now) {
        return new UnitStatus(task.id(), unit.id(), unit.code(), unit.name(), unit.kind(), state(task, cell, now),
                cell.written() ? ReviewState.valueOf(cell.state()) : null, cell.reportedAt(), cell.fulfilledAt());
    }

    UnitStatus status(Task task, TaskAssignment assignment, Unit unit) {
        boolean written = assignment.workingRevisionId() != null || assignment.liveRevisionId() != null;
        UnitTaskState state = UnitTaskState.of(task.fulfilment(), written ? assignment.state() : null, assignment.fulfilledAt(),
                task.deadline(), clock.instant());
        return new UnitStatus(task.id(), unit.id(), unit.code(), unit.name(), unit.kind(), state, written ? assignment.state() : null,
                assignment.reportedAt(), assignment.fulfilledAt());
    }

    private Map<Long, Unit> directory(long siteId) {
        return units.directory(siteId).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    private Unit visibleUnit(Actor actor, String unitCode) {
        requireStaff(actor);
        Unit unit = units.find(actor.siteId(), unitCode == null ? "" : unitCode.strip()).orElseThrow(() -> new NotFoundException("该单位不存在"));
        if (!unitAccess.canSee(actor, unit)) {
            throw new NotAllowedException("您无权查看该单位的任务");
        }
        return unit;
    }

    /** The units whose tasks the reader sees: every unit of the site for the center, else the reader's unit and those below. */
    Set<Long> visibleUnits(Actor actor) {
        requireStaff(actor);
        if (actor.isCenterWide()) {
            return units.directory(actor.siteId()).stream().map(Unit::id).collect(Collectors.toSet());
        }
        return new HashSet<>(unitAccess.subtree(actor.siteId(), actor.unitId()));
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看督办任务");
        }
    }
}
