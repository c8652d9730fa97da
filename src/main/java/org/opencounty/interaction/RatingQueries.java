package org.opencounty.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.common.web.PageOf;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads ratings: the staff's list within their scope (open follow-ups first) with its filters and counts, one rating
 * with what the reader may do, the public aggregates per unit and item, and the public figures of a year and a month.
 */
@Service
@Transactional(readOnly = true)
public class RatingQueries {

    private final RatingStore store;
    private final Units units;
    private final UnitAccess unitAccess;
    private final InteractionPermissions permissions;
    private final WorkingDays calendar;
    private final Clock clock;

    RatingQueries(RatingStore store, Units units, UnitAccess unitAccess, InteractionPermissions permissions, WorkingDays calendar, Clock clock) {
        this.store = store;
        this.units = units;
        this.unitAccess = unitAccess;
        this.permissions = permissions;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A rating with its unit and where its follow-up stands today, as the staff see it. */
    public record RatingLine(Rating rating, String unitCode, String unitName, FollowUpClock.Standing standing) {
    }

    /**
     * One rating for the back office: the subject's page, the working days left for the follow-up (null when none is
     * open; negative when overdue), and what the reader may do.
     */
    public record RatingView(RatingLine line, String subjectLabel, String subjectLink, Integer remainingWorkingDays, boolean canFollowUp,
                             boolean canAppeal, boolean canDecide) {
    }

    /** The counts per level of a filtered list, the satisfaction rate, and the ratings excluded by an upheld appeal. */
    public record RatingCounts(long total, List<RatingSummary.LevelCount> levels, java.math.BigDecimal satisfactionRate, long excluded) {
    }

    public PageOf<RatingLine> list(Actor actor, long siteId, int page, int size) {
        return list(actor, siteId, RatingFilter.NONE, page, size);
    }

    public PageOf<RatingLine> list(Actor actor, long siteId, RatingFilter filter, int page, int size) {
        List<Long> scope = scope(actor, siteId);
        Long unit = unit(siteId, filter);
        LocalDate today = today();
        List<RatingLine> items = store.list(siteId, scope, unit, filter, today, size, (long) (page - 1) * size).stream()
                .map(r -> line(r, today)).toList();
        return new PageOf<>(store.count(siteId, scope, unit, filter, today), page, size, items);
    }

    public RatingCounts counts(Actor actor, long siteId, RatingFilter filter) {
        List<Long> scope = scope(actor, siteId);
        Map<RatingLevel, Long> levels = new EnumMap<>(RatingLevel.class);
        long excluded = 0;
        for (RatingStore.LevelTally tally : store.levels(siteId, scope, unit(siteId, filter), filter, today())) {
            if (tally.level() == null) {
                excluded = tally.count();
            } else {
                levels.put(tally.level(), tally.count());
            }
        }
        return new RatingCounts(levels.values().stream().mapToLong(Long::longValue).sum(), RatingSummary.levelCounts(levels),
                RatingSummary.satisfactionRate(levels), excluded);
    }

    /** One rating for the staff of its unit (or a parent), the center and supervisors; another site's is not found. */
    public RatingView view(Actor actor, long id) {
        Rating rating = store.find(id).orElseThrow(() -> new NotFoundException("评价不存在"));
        permissions.requireSameSite(actor, rating.siteId(), "评价不存在");
        boolean decider = permissions.canDecideAppeal(actor, rating.siteId());
        if (actor == null || !actor.isStaff() || !(permissions.canSee(actor, rating.siteId(), rating.unitId()) || decider)) {
            throw new NotAllowedException("无权查看该评价");
        }
        LocalDate today = today();
        RatingLine line = line(rating, today);
        Integer remaining = line.standing().open()
                ? calendar.workingDaysBetween(today, rating.followUpDue(), Region.XJ) : null;
        boolean unitStaff = permissions.canReturn(actor, rating.siteId(), rating.unitId());
        String link = "MESSAGE".equals(rating.subject()) ? "/admin/messages/" + rating.subjectId() : "/admin/applications/" + rating.subjectId();
        return new RatingView(line, "MESSAGE".equals(rating.subject()) ? "留言答复" : "办件", link, remaining, unitStaff,
                unitStaff && rating.level().bad() && "NONE".equals(rating.appealState()),
                decider && "PENDING".equals(rating.appealState()) && !actor.username().equals(rating.appealedBy()));
    }

    /**
     * The public figures of {@code month}'s year and of the month itself: the site's, then each unit rated in the year
     * (in the directory's order), the month's with the same units.
     */
    public RatingFigures.Published figures(long siteId, YearMonth month) {
        List<RatingStore.PeriodTally> year = store.periodTallies(siteId, month.withMonth(1).atDay(1), month.withMonth(12).atEndOfMonth());
        List<RatingStore.PeriodTally> monthly = store.periodTallies(siteId, month.atDay(1), month.atEndOfMonth());
        java.util.Set<Long> rated = new java.util.HashSet<>();
        year.forEach(t -> rated.add(t.unitId()));
        List<RatingFigures> yearRows = new ArrayList<>(List.of(RatingFigures.of("", "全县", year)));
        List<RatingFigures> monthRows = new ArrayList<>(List.of(RatingFigures.of("", "全县", monthly)));
        for (Unit unit : units.directory(siteId)) {
            if (rated.contains(unit.id())) {
                yearRows.add(RatingFigures.of(unit.code(), unit.name(), year.stream().filter(t -> unit.id().equals(t.unitId())).toList()));
                monthRows.add(RatingFigures.of(unit.code(), unit.name(), monthly.stream().filter(t -> unit.id().equals(t.unitId())).toList()));
            }
        }
        return new RatingFigures.Published(month, yearRows, monthRows);
    }

    /** This month, on the platform's clock in China. */
    public YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    /** The units whose ratings the reader sees: null for the whole site (the center, supervisors), else their subtree. */
    private List<Long> scope(Actor actor, long siteId) {
        if (actor == null || actor.siteId() != siteId || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看评价");
        }
        return permissions.canSeeAll(actor, siteId) ? null : unitAccess.subtree(siteId, actor.unitId());
    }

    private Long unit(long siteId, RatingFilter filter) {
        if (filter.unit().isEmpty()) {
            return null;
        }
        return units.find(siteId, filter.unit()).map(Unit::id)
                .orElseThrow(() -> InvalidInputException.field("unit", "没有这个单位"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }

    /** The site's aggregate and one per rated unit; with {@code unitCode} only that unit's (unknown → 404). */
    public List<RatingSummary> summary(long siteId, String unitCode) {
        Long only = null;
        if (unitCode != null && !unitCode.isBlank()) {
            only = units.find(siteId, unitCode.strip()).map(Unit::id).orElseThrow(() -> new NotFoundException("单位不存在"));
        }
        List<RatingStore.Tally> tallies = store.tallies(siteId, only);
        Map<Long, List<RatingStore.Tally>> byUnit = new LinkedHashMap<>();
        for (RatingStore.Tally tally : tallies) {
            byUnit.computeIfAbsent(tally.unitId() == null ? -1L : tally.unitId(), k -> new ArrayList<>()).add(tally);
        }
        List<RatingSummary> result = new ArrayList<>();
        if (only == null) {
            result.add(summarise("", "全县", tallies));
        } else {
            byUnit.putIfAbsent(only, List.of());
        }
        byUnit.forEach((unitId, list) -> {
            Unit unit = units.byId(unitId).orElse(null);
            result.add(summarise(unit == null ? "" : unit.code(), unit == null ? "未分办" : unit.name(), list));
        });
        return result;
    }

    private static RatingSummary summarise(String code, String name, List<RatingStore.Tally> tallies) {
        Map<RatingLevel, Long> levels = new EnumMap<>(RatingLevel.class);
        long[][] scores = new long[RatingItem.values().length][5];
        long total = 0;
        for (RatingStore.Tally t : tallies) {
            total += t.count();
            levels.merge(t.level(), t.count(), Long::sum);
            scores[RatingItem.OVERALL.ordinal()][t.overall() - 1] += t.count();
            scores[RatingItem.EFFICIENCY.ordinal()][t.efficiency() - 1] += t.count();
            scores[RatingItem.ATTITUDE.ordinal()][t.attitude() - 1] += t.count();
        }
        List<RatingSummary.ItemSummary> items = new ArrayList<>();
        for (RatingItem item : RatingItem.values()) {
            long[] s = scores[item.ordinal()];
            items.add(new RatingSummary.ItemSummary(item.name(), item.label(), List.of(s[0], s[1], s[2], s[3], s[4]),
                    RatingSummary.rate(s[2] + s[3] + s[4], total)));
        }
        return new RatingSummary(code, name, total, RatingSummary.levelCounts(levels), RatingSummary.satisfactionRate(levels), items);
    }

    private RatingLine line(Rating rating, LocalDate today) {
        Unit unit = rating.unitId() == null ? null : units.byId(rating.unitId()).orElse(null);
        return new RatingLine(rating, unit == null ? "" : unit.code(), unit == null ? "" : unit.name(), FollowUpClock.standing(rating, today));
    }
}
