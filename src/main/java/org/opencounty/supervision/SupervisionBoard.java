package org.opencounty.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.opencounty.common.web.PageOf;
import org.opencounty.applications.ApplicationState;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.supervision.internal.SupervisionReads;
import org.opencounty.supervision.internal.SupervisionReads.Group;
import org.opencounty.supervision.internal.SupervisionReads.Grouping;
import org.opencounty.units.Unit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors, the center and unit leaders see: the signals, the open cases with the days they have left,
 * and the statistics with the quarterly grade. Every method takes the actor and narrows to what they may read
 * ({@link SupervisionAccess}): a unit leader never gets another unit's rows, whatever the request asked for.
 */
@Service
public class SupervisionBoard {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;

    private final SupervisionReads reads;
    private final SupervisionAccess access;
    private final WorkingDays workingDays;
    private final SupervisionSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionBoard(SupervisionReads reads, SupervisionAccess access, WorkingDays workingDays, SupervisionSettings settings,
                     AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.reads = reads;
        this.access = access;
        this.workingDays = workingDays;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The applications module's label of a state, so that the board and the case page say the same. */
    public static String stateLabel(String state) {
        try {
            return ApplicationState.valueOf(state).label();
        } catch (IllegalArgumentException e) {
            return state;
        }
    }

    /** Whether the actor may open the board at all (for navigation; every read checks again). */
    public static boolean mayRead(Actor actor) {
        return SupervisionAccess.reader(actor);
    }

    /** Whether the actor reads every unit of the site, and so may choose one. */
    public static boolean readsWholeSite(Actor actor) {
        return SupervisionAccess.siteWide(actor);
    }

    /** Whether the actor may start a sweep by hand (for the button; the sweep checks again). */
    public static boolean maySweep(Actor actor) {
        return SupervisionAccess.sweeper(actor);
    }

    /** Whether the actor acknowledges signals at all (for the buttons; each acknowledgement checks the unit). */
    public static boolean mayAcknowledge(Actor actor) {
        return SupervisionAccess.acknowledger(actor);
    }

    /** The units the actor may narrow the board and statistics to; refused to anybody who may not read them. */
    public List<Unit> choosableUnits(Actor actor) {
        return access.choosable(actor);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
    }

    /** Signals newest first, of one unit and/or one type when given. */
    @Transactional(readOnly = true)
    public PageOf<Signal> signals(Actor actor, String unitCode, SignalType type, int page) {
        SupervisionAccess.Scope scope = access.scope(actor, unitCode);
        int number = PageOf.clampPage(page);
        long total = reads.countSignals(scope.siteId(), scope.unitId(), type);
        List<Signal> items = reads.signals(scope.siteId(), scope.unitId(), type, PAGE_SIZE, (long) (number - 1) * PAGE_SIZE);
        return new PageOf<>(total, number, PAGE_SIZE, items);
    }

    /**
     * Open cases (待受理, 办理中, decided and waiting for delivery) counted by unit and state, and one page of them
     * by the due date that governs each, the most urgent first unless {@code latestFirst}.
     */
    @Transactional(readOnly = true)
    public Board board(Actor actor, String unitCode, boolean latestFirst, int page, int pageSize) {
        SupervisionAccess.Scope scope = access.scope(actor, unitCode);
        int size = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
        int number = PageOf.clampPage(page);
        LocalDate today = today();
        List<UnitStateCount> summary = reads.openByUnitAndState(scope.siteId(), scope.unitId()).stream()
                .map(row -> new UnitStateCount(row.unitCode(), row.unitName(), row.state(), stateLabel(row.state()), row.count()))
                .toList();
        long total = summary.stream().mapToLong(UnitStateCount::count).sum();
        List<BoardCase> cases = reads.openCases(scope.siteId(), scope.unitId(), latestFirst, size, (long) (number - 1) * size).stream()
                .map(row -> new BoardCase(row.applicationId(), row.unitCode(), row.unitName(), row.itemName(), row.state(),
                        stateLabel(row.state()), row.handler(), row.dueOn(), remaining(today, row), row.suspended(), row.provisional(),
                        row.signals(), row.region()))
                .toList();
        return new Board(today, summary, new PageOf<>(total, number, size, cases));
    }

    private Integer remaining(LocalDate today, SupervisionReads.CaseRow row) {
        // A suspended clock stands still: counting its days against today would show a deadline that is not running.
        if (row.dueOn() == null || row.suspended()) {
            return null;
        }
        return workingDays.workingDaysBetween(today, row.dueOn(), region(row.region()));
    }

    /** Per unit: received, accepted, completed, on time, average handling time, colour signals and the grade. */
    @Transactional(readOnly = true)
    public Statistics statistics(Actor actor, Period period, String unitCode) {
        SupervisionAccess.Scope scope = access.scope(actor, unitCode);
        Map<Group, Tally> tallies = tally(scope, period, Grouping.UNIT, null);
        List<UnitStatistics> rows = new ArrayList<>();
        for (SupervisionReads.UnitRow unit : reads.units(scope.siteId())) {
            Tally tally = tallies.get(new Group(unit.id(), 0));
            boolean asked = scope.unitId() != null && scope.unitId() == unit.id();
            if (!(asked || (scope.unitId() == null && tally != null))) {
                continue;
            }
            Tally t = tally == null ? new Tally() : tally;
            rows.add(new UnitStatistics(unit.code(), unit.name(), t.received(), t.accepted(), t.completed(), t.completedOnTime(),
                    t.onTimePercent(), t.averageWorkingDays(), t.signals(SignalType.WARNING), t.signals(SignalType.YELLOW),
                    t.signals(SignalType.RED), grade(t.completedOnTime(), t.completedWithDue(), t.signals(SignalType.RED))));
        }
        return new Statistics(period.from(), period.to(), rows, gradingRule());
    }

    /**
     * The same figures per service item, for every item with a case or a signal in the period (of one unit when
     * asked, a leader's own always), without a grade; the most cases received first, then the most completed, then
     * in the order of the units and by name. Counted by the same grouped queries as the units, by item instead.
     */
    @Transactional(readOnly = true)
    public StatisticsByItem itemStatistics(Actor actor, Period period, String unitCode) {
        SupervisionAccess.Scope scope = access.scope(actor, unitCode);
        return new StatisticsByItem(period.from(), period.to(),
                itemRows(scope, period, reads.items(scope.siteId(), scope.unitId(), period.from(), period.to(), null, 0), false));
    }

    /**
     * One page of {@link #itemStatistics}: a county has thousands of items, the exports hold them all. The page's items
     * are chosen, in order, by the database, and only theirs are counted.
     */
    @Transactional(readOnly = true)
    public PageOf<ItemStatistics> itemStatistics(Actor actor, Period period, String unitCode, int page) {
        SupervisionAccess.Scope scope = access.scope(actor, unitCode);
        long total = reads.countItems(scope.siteId(), scope.unitId(), period.from(), period.to());
        int number = Math.min(PageOf.clampPage(page), PageOf.pages(total, PAGE_SIZE));
        List<SupervisionReads.ItemRow> items = total == 0 ? List.of()
                : reads.items(scope.siteId(), scope.unitId(), period.from(), period.to(), PAGE_SIZE, (long) (number - 1) * PAGE_SIZE);
        return new PageOf<>(total, number, PAGE_SIZE, itemRows(scope, period, items, true));
    }

    /** The figures of {@code items}, in their order; counted for those items only when {@code onlyThese} (a page). */
    private List<ItemStatistics> itemRows(SupervisionAccess.Scope scope, Period period, List<SupervisionReads.ItemRow> items,
                                          boolean onlyThese) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Tally> byItem = new HashMap<>();
        tally(scope, period, Grouping.ITEM, onlyThese ? items.stream().map(item -> item.group().itemId()).toList() : null)
                .forEach((group, tally) -> byItem.put(group.itemId(), tally));
        List<ItemStatistics> rows = new ArrayList<>();
        for (SupervisionReads.ItemRow item : items) {
            Tally t = byItem.getOrDefault(item.group().itemId(), new Tally());
            rows.add(new ItemStatistics(item.unitCode(), item.unitName(), item.group().itemId(), t.itemName, t.received(), t.accepted(),
                    t.completed(), t.completedOnTime(), t.onTimePercent(), t.averageWorkingDays(), t.signals(SignalType.WARNING),
                    t.signals(SignalType.YELLOW), t.signals(SignalType.RED)));
        }
        return rows;
    }

    /** One unit's or item's counts as the three grouped queries found them. */
    private static final class Tally {

        private String itemName;
        private SupervisionReads.Volumes volumes;
        private long decided;
        private long decidedWorkingDays;
        private final Map<SignalType, Long> signals = new EnumMap<>(SignalType.class);

        long received() {
            return volumes == null ? 0 : volumes.received();
        }

        long accepted() {
            return volumes == null ? 0 : volumes.accepted();
        }

        long completed() {
            return volumes == null ? 0 : volumes.completed();
        }

        long completedWithDue() {
            return volumes == null ? 0 : volumes.completedWithDue();
        }

        long completedOnTime() {
            return volumes == null ? 0 : volumes.completedOnTime();
        }

        BigDecimal onTimePercent() {
            return completedWithDue() == 0 ? null
                    : BigDecimal.valueOf(completedOnTime() * 100L).divide(BigDecimal.valueOf(completedWithDue()), 1, RoundingMode.DOWN);
        }

        BigDecimal averageWorkingDays() {
            return decided == 0 ? null
                    : BigDecimal.valueOf(decidedWorkingDays).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
        }

        long signals(SignalType type) {
            return signals.getOrDefault(type, 0L);
        }
    }

    /**
     * Every group with something in the period. The working days from acceptance to decision are counted once per
     * pair of days and region (the queries group the cases by them), not once per case.
     */
    private Map<Group, Tally> tally(SupervisionAccess.Scope scope, Period period, Grouping grouping, List<Long> items) {
        Map<Group, Tally> tallies = new HashMap<>();
        Map<Long, Long> itemUnits = new HashMap<>();
        BiFunction<Group, String, Tally> of = (found, itemName) -> {
            // Each query names an item's unit as the least among the cases it read; should an item's cases lie in
            // two units (filed before the item moved), the first answer (all the cases) decides: one row per item.
            Group group = grouping == Grouping.ITEM
                    ? new Group(itemUnits.computeIfAbsent(found.itemId(), id -> found.unitId()), found.itemId()) : found;
            Tally tally = tallies.computeIfAbsent(group, key -> new Tally());
            if (tally.itemName == null) {
                tally.itemName = itemName;
            }
            return tally;
        };
        for (SupervisionReads.Volumes row : reads.volumes(scope.siteId(), scope.unitId(), period.from(), period.to(), grouping, items)) {
            of.apply(row.group(), row.itemName()).volumes = row;
        }
        record Days(String region, LocalDate from, LocalDate to) {
        }
        Map<Days, Integer> memo = new HashMap<>();
        for (SupervisionReads.Decided row : reads.decided(scope.siteId(), scope.unitId(), period.from(), period.to(), grouping, items)) {
            int days = memo.computeIfAbsent(new Days(row.region(), row.acceptedOn(), row.decidedOn()),
                    k -> workingDays.workingDaysBetween(k.from(), k.to(), region(k.region())));
            Tally tally = of.apply(row.group(), row.itemName());
            tally.decided += row.count();
            tally.decidedWorkingDays += days * row.count();
        }
        for (SupervisionReads.SignalCount row : reads.signalCounts(scope.siteId(), scope.unitId(), period.from(), period.to(), grouping, items)) {
            of.apply(row.group(), row.itemName()).signals.merge(row.type(), row.count(), Long::sum);
        }
        return tallies;
    }

    /**
     * The grade compares the exact rate, not the rounded one shown: 优秀 needs the excellent rate and no more red
     * cards than allowed; 良好 and 合格 need their rates; nothing completed (with a promise) is not graded.
     */
    Grade grade(long onTime, long completedWithDue, long redCards) {
        if (completedWithDue == 0) {
            return Grade.NOT_GRADED;
        }
        SupervisionSettings.Grading grading = settings.grading();
        if (completedWithDue < grading.minimumCases()) {
            return Grade.INSUFFICIENT_SAMPLE;
        }
        BigDecimal percent = BigDecimal.valueOf(onTime * 100L);
        BigDecimal of = BigDecimal.valueOf(completedWithDue);
        if (percent.compareTo(grading.excellentOnTimePercent().multiply(of)) >= 0 && redCards <= grading.excellentMaxRedCards()) {
            return Grade.EXCELLENT;
        }
        if (percent.compareTo(grading.goodOnTimePercent().multiply(of)) >= 0) {
            return Grade.GOOD;
        }
        if (percent.compareTo(grading.passOnTimePercent().multiply(of)) >= 0) {
            return Grade.PASS;
        }
        return Grade.FAIL;
    }

    public String gradingRule() {
        SupervisionSettings.Grading g = settings.grading();
        String red = g.excellentMaxRedCards() == 0 ? "且无红牌" : "且红牌不超过" + g.excellentMaxRedCards() + "张";
        return "按时办结率≥" + g.excellentOnTimePercent().toPlainString() + "%" + red + "为优秀；≥" + g.goodOnTimePercent().toPlainString()
                + "%为良好；≥" + g.passOnTimePercent().toPlainString() + "%为合格；低于" + g.passOnTimePercent().toPlainString()
                + "%为不合格；期间内办结件少于" + g.minimumCases() + "件的为样本不足，没有办结件的不评定。";
    }

    /**
     * The unit acknowledges a signal (签收): its leader, or a supervisor of the site, confirms it has been seen and
     * will be answered. The center's administrators only read.
     */
    @Transactional
    public void acknowledge(Actor actor, long signalId) {
        SupervisionReads.SignalUnit signal = reads.signal(signalId)
                .filter(found -> actor != null && found.siteId() == actor.siteId())
                .orElseThrow(() -> new NotFoundException("该监察信号不存在"));
        if (!SupervisionAccess.acknowledges(actor, signal.unitId())) {
            audit.recordIndependently(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(),
                    "supervision.signal.acknowledge", "signal:" + signalId, AuditResult.DENIED, "");
            throw new NotAllowedException("只有本单位主要领导或监察人员可以签收监察信号");
        }
        if (signal.acknowledgedBy() != null) {
            throw new ConflictException("ALREADY_ACKNOWLEDGED", "该监察信号已由" + signal.acknowledgedBy() + "签收");
        }
        reads.acknowledge(signalId, actor.username(), clock.instant());
        audit.record(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(), "supervision.signal.acknowledge",
                "signal:" + signalId, AuditResult.SUCCESS, "");
        events.publishEvent(new SignalAcknowledged(signalId, signal.unitId(), actor.username()));
    }

    /** The signal types a list may be filtered by, for forms. */
    public static List<SignalType> types() {
        return List.of(SignalType.values());
    }

    static Region region(String code) {
        return Region.parse(code).orElse(Region.XJ);
    }
}
