package org.opencounty.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.supervision.internal.SupervisionReads;
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

    private static final Map<String, String> STATE_LABELS = Map.of(
            "DRAFT", "草稿", "SUBMITTED", "待受理", "CORRECTION_REQUESTED", "待补正", "ACCEPTED", "办理中",
            "APPROVED", "准予许可待送达", "DENIED", "不予许可待送达", "COMPLETED", "已办结", "REJECTED", "不予受理",
            "WITHDRAWN", "已撤回");

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

    public static String stateLabel(String state) {
        return STATE_LABELS.getOrDefault(state, state);
    }

    /** Whether the actor may open the board at all (for navigation; every read checks again). */
    public static boolean mayRead(Actor actor) {
        return SupervisionAccess.reader(actor);
    }

    /** Whether the actor reads every unit of the site, and so may choose one. */
    public static boolean readsWholeSite(Actor actor) {
        return SupervisionAccess.siteWide(actor);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
    }

    /** Signals newest first, of one unit and/or one type when given. */
    @Transactional(readOnly = true)
    public ResultPage<Signal> signals(Actor actor, String unitCode, SignalType type, int page) {
        SupervisionAccess.Scope scope = access.scope(actor, unitCode);
        int number = Math.max(1, page);
        long total = reads.countSignals(scope.siteId(), scope.unitId(), type);
        List<Signal> items = reads.signals(scope.siteId(), scope.unitId(), type, PAGE_SIZE, (long) (number - 1) * PAGE_SIZE);
        return new ResultPage<>(total, number, PAGE_SIZE, items);
    }

    /**
     * Open cases (待受理, 办理中, decided and waiting for delivery) counted by unit and state, and one page of them
     * by the due date that governs each, the most urgent first unless {@code latestFirst}.
     */
    @Transactional(readOnly = true)
    public Board board(Actor actor, String unitCode, boolean latestFirst, int page, int pageSize) {
        SupervisionAccess.Scope scope = access.scope(actor, unitCode);
        int size = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
        int number = Math.max(1, page);
        LocalDate today = today();
        List<UnitStateCount> summary = reads.openByUnitAndState(scope.siteId(), scope.unitId()).stream()
                .map(row -> new UnitStateCount(row.unitCode(), row.unitName(), row.state(), stateLabel(row.state()), row.count()))
                .toList();
        long total = summary.stream().mapToLong(UnitStateCount::count).sum();
        List<BoardCase> cases = reads.openCases(scope.siteId(), scope.unitId(), latestFirst, size, (long) (number - 1) * size).stream()
                .map(row -> new BoardCase(row.applicationId(), row.unitCode(), row.unitName(), row.itemName(), row.state(),
                        stateLabel(row.state()), row.handler(), row.dueOn(), remaining(today, row), row.suspended(), row.provisional(),
                        row.signals()))
                .toList();
        return new Board(today, summary, new ResultPage<>(total, number, size, cases));
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
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<Long, SupervisionReads.Volumes> volumes = reads.volumes(scope.siteId(), scope.unitId(), from, to).stream()
                .collect(Collectors.toMap(SupervisionReads.Volumes::unitId, v -> v));
        Map<Long, BigDecimal> averages = averageWorkingDays(reads.decided(scope.siteId(), scope.unitId(), from, to));
        Map<Long, Map<SignalType, Long>> signals = new HashMap<>();
        reads.signalCounts(scope.siteId(), scope.unitId(), from, to)
                .forEach(row -> signals.computeIfAbsent(row.unitId(), id -> new HashMap<>()).put(row.type(), row.count()));
        List<UnitStatistics> rows = new ArrayList<>();
        for (SupervisionReads.UnitRow unit : reads.units(scope.siteId())) {
            boolean asked = scope.unitId() != null && scope.unitId() == unit.id();
            boolean active = volumes.containsKey(unit.id()) || averages.containsKey(unit.id()) || signals.containsKey(unit.id());
            if (!(asked || (scope.unitId() == null && active))) {
                continue;
            }
            var volume = volumes.getOrDefault(unit.id(), new SupervisionReads.Volumes(unit.id(), 0, 0, 0, 0, 0));
            Map<SignalType, Long> counts = signals.getOrDefault(unit.id(), Map.of());
            long red = counts.getOrDefault(SignalType.RED, 0L);
            BigDecimal onTime = volume.completedWithDue() == 0 ? null
                    : BigDecimal.valueOf(volume.completedOnTime() * 100L).divide(BigDecimal.valueOf(volume.completedWithDue()), 1, RoundingMode.DOWN);
            rows.add(new UnitStatistics(unit.code(), unit.name(), volume.received(), volume.accepted(), volume.completed(),
                    volume.completedOnTime(), onTime, averages.get(unit.id()), counts.getOrDefault(SignalType.WARNING, 0L),
                    counts.getOrDefault(SignalType.YELLOW, 0L), red, grade(volume.completedOnTime(), volume.completedWithDue(), red)));
        }
        return new Statistics(from, to, rows, gradingRule());
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
                + "%为不合格；期间内没有办结件的不评定。";
    }

    private Map<Long, BigDecimal> averageWorkingDays(List<SupervisionReads.Decided> decided) {
        record Key(String region, LocalDate from, LocalDate to) {
        }
        Map<Key, Integer> memo = new HashMap<>();
        Map<Long, long[]> sums = new LinkedHashMap<>();
        for (SupervisionReads.Decided row : decided) {
            Key key = new Key(row.region(), row.acceptedOn(), row.decidedOn());
            int days = memo.computeIfAbsent(key, k -> workingDays.workingDaysBetween(k.from(), k.to(), region(k.region())));
            long[] sum = sums.computeIfAbsent(row.unitId(), id -> new long[2]);
            sum[0] += days * row.count();
            sum[1] += row.count();
        }
        Map<Long, BigDecimal> averages = new HashMap<>();
        sums.forEach((unitId, sum) -> averages.put(unitId,
                BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), 1, RoundingMode.HALF_UP)));
        return averages;
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
        boolean supervisor = actor.has(Role.SUPERVISOR);
        boolean leader = actor.has(Role.UNIT_LEADER) && Long.valueOf(signal.unitId()).equals(actor.unitId());
        if (!supervisor && !leader) {
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
