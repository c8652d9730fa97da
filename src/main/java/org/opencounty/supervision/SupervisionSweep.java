package org.opencounty.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.supervision.internal.SweepDates;
import org.opencounty.supervision.internal.SweepStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the supervision signals (docs/supervision.md): every ten minutes, and when a supervisor asks. Each rule
 * is one set-based statement, so a sweep costs the same few statements for ten cases or a million.
 *
 * <p>Several nodes may sweep at once: an advisory transaction lock makes them take turns, and the unique
 * constraint on (application, type) keeps a signal from being issued twice even without it.
 */
@Service
public class SupervisionSweep {

    private static final Logger log = LoggerFactory.getLogger(SupervisionSweep.class);
    static final String SYSTEM = "system";
    /** A sweep issuing more signals than this refreshes the planner's statistics of the supervision tables. */
    static final int ANALYZE_AFTER = 10_000;

    private final SweepStatements statements;
    private final WorkingDays workingDays;
    private final SupervisionSettings settings;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final InteractionSignals interaction;

    SupervisionSweep(SweepStatements statements, WorkingDays workingDays, SupervisionSettings settings,
                     ApplicationEventPublisher events, AuditLog audit, Clock clock, InteractionSignals interaction) {
        this.interaction = interaction;
        this.statements = statements;
        this.workingDays = workingDays;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues every signal due on {@code today} that was not issued before; returns how many are new. */
    @Transactional
    public int sweep(LocalDate today) {
        return run(today, SYSTEM).total();
    }

    /** The sweep a supervisor or the center starts by hand, for today. */
    @Transactional
    public SweepCompleted sweepNow(Actor actor) {
        if (!SupervisionAccess.sweeper(actor)) {
            throw new NotAllowedException("只有监察人员和中心管理员可以启动电子监察巡查");
        }
        return run(today(), actor.username());
    }

    /**
     * Every ten minutes by default; the day is the platform clock's day in Beijing time. Once per schedule across
     * nodes: the first node to fire takes the lock and holds it for a minute at least, so the other nodes' firings of
     * the same schedule (their clocks a few seconds apart) skip instead of sweeping again.
     */
    @Scheduled(cron = "${opencounty.supervision.cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervision-sweep", lockAtLeastFor = "PT1M", lockAtMostFor = "PT9M")
    @Transactional
    public void scheduled() {
        run(today(), SYSTEM);
    }

    /**
     * Once when the platform has started, unless the scheduled sweep is switched off: signals due while it was down
     * (or, on a first start, the demo cases' signals and notices) should not wait for the next ten-minute mark.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void afterStart() {
        if (!Scheduled.CRON_DISABLED.equals(settings.cron())) {
            run(today(), SYSTEM);
        }
    }

    /** The day a sweep started now counts with: the platform clock's date in Beijing time. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
    }

    private SweepCompleted run(LocalDate today, String by) {
        long started = System.nanoTime();
        statements.lock();
        SweepDates dates = dates(today);
        OffsetDateTime issuedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int limit = settings.eventLimit();
        Map<SignalType, Integer> counts = new EnumMap<>(SignalType.class);
        Map<SignalType, List<SweepStatements.IssuedRow>> issued = new EnumMap<>(SignalType.class);
        Map<SignalType, Long> millis = new EnumMap<>(SignalType.class);
        // In the enum's order, yellow before red: a red card needs its yellow one (never both in one sweep, as the
        // follow-up period is at least one working day).
        for (SignalType type : SignalType.values()) {
            long statementStarted = System.nanoTime();
            SweepStatements.Issued result = statements.issue(type, dates, issuedAt, limit + 1);
            millis.put(type, (System.nanoTime() - statementStarted) / 1_000_000);
            counts.put(type, result.total());
            issued.put(type, result.rows());
        }
        // Messages and disclosure requests (docs/interaction.md): their own signals, in the same lock and transaction.
        Map<InteractionSignalType, Integer> interactionCounts = interaction.issue(today);
        SweepCompleted completed = new SweepCompleted(today, counts);
        int total = completed.total();
        if (total > ANALYZE_AFTER) {
            statements.analyze();
        }
        // One event per signal is cheap for the few of an ordinary sweep; the first sweep over a large backlog
        // would flood the listeners, so it reports its counts only.
        if (total > 0 && total <= limit) {
            issued.forEach((type, rows) -> rows.forEach(row -> events.publishEvent(
                    new SignalIssued(row.signalId(), row.siteId(), row.unitId(), row.applicationId(), type, today))));
        }
        events.publishEvent(completed);
        // A sweep that found nothing leaves no line: the scheduled one runs 144 times a day.
        int interactionTotal = interactionCounts.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0 || interactionTotal > 0 || !SYSTEM.equals(by)) {
            audit.record(by, "", "supervision.sweep", "date:" + today, AuditResult.SUCCESS, describe(counts)
                    + (interactionTotal > 0 ? "；政民互动信号 " + interactionTotal : ""));
        }
        if (total > 0 || log.isDebugEnabled()) {
            String timings = millis.entrySet().stream()
                    .map(entry -> entry.getKey() + " " + counts.get(entry.getKey()) + " (" + entry.getValue() + " ms)")
                    .collect(Collectors.joining(", "));
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            if (total > 0) {
                log.info("Supervision sweep for {} issued {} signals in {} ms: {}", today, total, elapsed, timings);
            } else {
                log.debug("Supervision sweep for {} issued nothing in {} ms: {}", today, elapsed, timings);
            }
        }
        return completed;
    }

    SweepDates dates(LocalDate today) {
        return new SweepDates(today, settings.redFollowUpDays(),
                upcoming(today, Region.CN), workingDays.dueDate(today, settings.warningDays() + 1, Region.CN).dueDate(),
                redBefore(today, Region.CN),
                upcoming(today, Region.XJ), workingDays.dueDate(today, settings.warningDays() + 1, Region.XJ).dueDate(),
                redBefore(today, Region.XJ));
    }

    private List<LocalDate> upcoming(LocalDate today, Region region) {
        List<LocalDate> days = new ArrayList<>();
        for (int n = 1; n <= settings.warningDays(); n++) {
            days.add(workingDays.dueDate(today, n, region).dueDate());
        }
        return days;
    }

    /** The follow-up-days-th working day counting back from today, today included. */
    private LocalDate redBefore(LocalDate today, Region region) {
        LocalDate day = today;
        int counted = 0;
        while (true) {
            if (workingDays.isWorkingDay(day, region) && ++counted == settings.redFollowUpDays()) {
                return day;
            }
            day = day.minusDays(1);
        }
    }

    private static String describe(Map<SignalType, Integer> counts) {
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getKey().label() + " " + entry.getValue())
                .collect(Collectors.joining("，", "", "")).transform(text -> text.isEmpty() ? "无新信号" : text);
    }
}
