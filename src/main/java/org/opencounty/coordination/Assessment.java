package org.opencounty.coordination;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.catalogue.Completeness;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.PublishedEntry;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.coordination.internal.AdjustmentRepository;
import org.opencounty.coordination.internal.AssessmentFacts;
import org.opencounty.coordination.internal.AssessmentStore;
import org.opencounty.coordination.internal.AssessmentYearRepository;
import org.opencounty.coordination.internal.IndicatorRepository;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Performance assessment (绩效考核, docs/assessment.md). An open year's scores are computed from the facts whenever
 * they are read, so they follow every change of the facts; closing the year writes each unit's score as it stands into
 * an immutable snapshot, which is what the closed year shows from then on, and which the center may publish to the
 * units or the portal. Assessors adjust an indicator with a written reason, which the unit reads.
 */
@Service
public class Assessment {

    /** The kinds of unit assessed and ranked, each among its own kind. */
    public static final List<UnitKind> ASSESSED = List.of(UnitKind.TOWNSHIP, UnitKind.FARM, UnitKind.DEPARTMENT);
    private static final int MAX_REASON = 2000;

    /** The scheme a year starts with (after notice 2013-38: tasks, approvals, disclosure and services; 100 points, 10 bonus). */
    public static final List<IndicatorSpec> DEFAULT_SCHEME = List.of(
            new IndicatorSpec("一、督办落实", "督办任务按时完成", new BigDecimal("20"), RuleKind.TASK_LATE, new BigDecimal("2")),
            new IndicatorSpec("一、督办落实", "督办任务不逾期", new BigDecimal("20"), RuleKind.TASK_OVERDUE, new BigDecimal("5")),
            new IndicatorSpec("二、网上审批", "办件无红牌", new BigDecimal("15"), RuleKind.RED_CARD, new BigDecimal("3")),
            new IndicatorSpec("二、网上审批", "办件不超法定时限", new BigDecimal("15"), RuleKind.STATUTORY_OVERDUE, new BigDecimal("3")),
            new IndicatorSpec("三、信息公开与办事服务", "办事指南要素完整", new BigDecimal("15"), RuleKind.GUIDE_INCOMPLETE, new BigDecimal("1")),
            new IndicatorSpec("三、信息公开与办事服务", "栏目按期更新", new BigDecimal("10"), RuleKind.COLUMN_STALE, new BigDecimal("2")),
            new IndicatorSpec("三、信息公开与办事服务", "督查问题按期整改", new BigDecimal("5"), RuleKind.FINDING_OVERDUE, new BigDecimal("1")),
            new IndicatorSpec("四、加分项", "工作创新与表彰", new BigDecimal("10"), RuleKind.BONUS, BigDecimal.ZERO));

    private final AssessmentYearRepository years;
    private final IndicatorRepository indicators;
    private final AdjustmentRepository adjustments;
    private final AssessmentStore store;
    private final AssessmentFacts facts;
    private final PublishedCatalogue catalogue;
    private final Units units;
    private final UnitAccess unitAccess;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Assessment(AssessmentYearRepository years, IndicatorRepository indicators, AdjustmentRepository adjustments, AssessmentStore store,
               AssessmentFacts facts, PublishedCatalogue catalogue, Units units, UnitAccess unitAccess, AuditLog audit,
               ApplicationEventPublisher events, Clock clock) {
        this.years = years;
        this.indicators = indicators;
        this.adjustments = adjustments;
        this.store = store;
        this.facts = facts;
        this.catalogue = catalogue;
        this.units = units;
        this.unitAccess = unitAccess;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A year's scores changed by someone's hand (an adjustment, the scheme, closing, publishing). */
    public record AssessmentChanged(long siteId, int year, String action, String by) {
    }

    public static boolean mayAdminister(Actor actor) {
        return actor != null && actor.has(Role.CENTER_ADMIN);
    }

    public static boolean mayAdjust(Actor actor) {
        return actor != null && (actor.has(Role.CENTER_ADMIN) || actor.has(Role.SUPERVISOR));
    }

    /** The year's scheme; a year nobody opened yet starts with {@link #DEFAULT_SCHEME}. */
    @Transactional
    public List<Indicator> scheme(Actor actor, long siteId, int year) {
        requireReader(actor, siteId);
        return indicators.findByYearIdOrderBySortOrderAscIdAsc(year(siteId, year).id());
    }

    /** Replaces an open year's scheme; refused once an adjustment refers to its indicators. */
    @Transactional
    public List<Indicator> defineScheme(Actor actor, long siteId, int year, List<IndicatorSpec> specs) {
        if (!mayAdminister(actor) || actor.siteId() != siteId) {
            throw denied(actor, "assessment.scheme", year);
        }
        AssessmentYear row = year(siteId, year);
        row.requireOpen();
        Map<String, String> errors = new LinkedHashMap<>();
        if (specs == null || specs.isEmpty()) {
            errors.put("indicators", "请至少设置一项指标");
        } else {
            for (int i = 0; i < specs.size(); i++) {
                IndicatorSpec spec = specs.get(i);
                if (spec.part() == null || spec.part().isBlank() || spec.name() == null || spec.name().isBlank()
                        || spec.part().length() > 100 || spec.name().length() > 200) {
                    errors.put("indicators[" + i + "].name", "请填写指标所属部分和名称");
                }
                if (spec.maxPoints() == null || spec.maxPoints().signum() <= 0 || spec.maxPoints().compareTo(new BigDecimal("1000")) > 0) {
                    errors.put("indicators[" + i + "].maxPoints", "分值应大于0且不超过1000");
                }
                if (spec.rule() == null) {
                    errors.put("indicators[" + i + "].rule", "请选择计分规则");
                } else if (spec.rule().fromFacts() && (spec.pointsEach() == null || spec.pointsEach().signum() <= 0)) {
                    errors.put("indicators[" + i + "].pointsEach", "请填写每项扣分");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Indicator> old = indicators.findByYearIdOrderBySortOrderAscIdAsc(row.id());
        if (adjustments.countByIndicatorIdIn(old.stream().map(Indicator::id).toList()) > 0) {
            throw new org.opencounty.common.ConflictException("SCHEME_IN_USE", "本年度已有人工调整，不能再更换考核方案");
        }
        indicators.deleteAll(old);
        indicators.flush();
        for (int i = 0; i < specs.size(); i++) {
            indicators.save(new Indicator(row.id(), specs.get(i), i + 1));
        }
        audit.record(actor, "assessment.scheme", "assessment:" + year, AuditResult.SUCCESS, specs.size() + " 项指标");
        events.publishEvent(new AssessmentChanged(siteId, year, "scheme", actor.username()));
        return indicators.findByYearIdOrderBySortOrderAscIdAsc(row.id());
    }

    /** The ranking within unit kinds: every unit for the center and where published; else the reader's own units. */
    @Transactional
    public Ranking ranking(Actor actor, long siteId, int year) {
        AssessmentYear row = year(siteId, year);
        boolean everyone = seesEveryone(actor, siteId, row);
        Set<Long> visible = everyone ? null : visibleUnits(actor, siteId);
        List<Ranking.Ranked> ranked = new ArrayList<>();
        Map<Long, Unit> directory = directory(siteId);
        if (row.closed()) {
            for (AssessmentStore.SnapshotRow snapshot : store.snapshots(row.id())) {
                Unit unit = directory.get(snapshot.unitId());
                if (unit != null && (everyone || visible.contains(unit.id()))) {
                    ranked.add(new Ranking.Ranked(unit.code(), unit.name(), unit.kind(), snapshot.total(), snapshot.rank()));
                }
            }
        } else {
            Map<Long, UnitScore> scores = totalsAll(siteId, row);
            Map<Long, Integer> ranks = ranks(scores);
            scores.forEach((unitId, score) -> {
                if (everyone || visible.contains(unitId)) {
                    ranked.add(new Ranking.Ranked(score.unit(), score.unitName(), score.unitKind(), score.total(), ranks.get(unitId)));
                }
            });
        }
        ranked.sort(Comparator.comparing((Ranking.Ranked r) -> ASSESSED.indexOf(r.unitKind())).thenComparingInt(Ranking.Ranked::rank)
                .thenComparing(Ranking.Ranked::unit));
        return new Ranking(year, row.closed(), row.audience(), ranked);
    }

    /** One unit's score with every deduction and adjustment. */
    @Transactional
    public UnitScore unit(Actor actor, long siteId, int year, String code) {
        AssessmentYear row = year(siteId, year);
        Unit unit = units.find(siteId, code == null ? "" : code.strip()).filter(u -> ASSESSED.contains(u.kind()))
                .orElseThrow(() -> new NotFoundException("该单位不参加考核或不存在"));
        if (!seesEveryone(actor, siteId, row) && !visibleUnits(actor, siteId).contains(unit.id())) {
            throw denied(actor, "assessment.read", year);
        }
        if (row.closed()) {
            return store.snapshot(row.id(), unit.id())
                    .map(s -> json.readValue(s.detail(), UnitScore.class))
                    .orElseThrow(() -> new NotFoundException("该单位不在" + year + "年度考核结果中"));
        }
        return computeAll(siteId, row).get(unit.id());
    }

    /** An assessor's adjustment of one indicator of one unit, with the reason the unit reads. */
    @Transactional
    public UnitScore adjust(Actor actor, long siteId, int year, String code, Long indicatorId, BigDecimal points, String reason) {
        if (!mayAdjust(actor) || actor.siteId() != siteId) {
            throw denied(actor, "assessment.adjust", year);
        }
        AssessmentYear row = year(siteId, year);
        Unit unit = units.find(siteId, code == null ? "" : code.strip()).filter(u -> ASSESSED.contains(u.kind()))
                .orElseThrow(() -> new NotFoundException("该单位不参加考核或不存在"));
        row.requireOpen();
        List<Indicator> scheme = indicators.findByYearIdOrderBySortOrderAscIdAsc(row.id());
        Map<String, String> errors = new LinkedHashMap<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            errors.put("reason", "请填写调整理由（不超过" + MAX_REASON + "字）");
        }
        Indicator indicator = indicatorId == null ? null : scheme.stream().filter(i -> i.id().equals(indicatorId)).findFirst().orElse(null);
        if (indicator == null) {
            errors.put("indicator", "请选择本年度方案中的指标");
        }
        if (points == null || points.signum() == 0 || points.scale() > 2
                || (indicator != null && points.abs().compareTo(indicator.maxPoints()) > 0)) {
            errors.put("points", "调整分值应为非零数（最多两位小数），且不超过该指标分值");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        adjustments.save(new Adjustment(row.id(), unit.id(), indicator.id(), points, why, actor.username(), clock.instant()));
        audit.record(actor, "assessment.adjust", "assessment:" + year + "/" + unit.code(), AuditResult.SUCCESS,
                indicator.name() + " " + points.toPlainString() + " 分：" + why);
        events.publishEvent(new AssessmentChanged(siteId, year, "adjust", actor.username()));
        return computeAll(siteId, row).get(unit.id());
    }

    /** Closes the year: every unit's score as it stands becomes the year's immutable snapshot. */
    @Transactional
    public Ranking close(Actor actor, long siteId, int year) {
        if (!mayAdminister(actor) || actor.siteId() != siteId) {
            throw denied(actor, "assessment.close", year);
        }
        AssessmentYear row = year(siteId, year);
        row.requireOpen();
        Map<Long, UnitScore> scores = computeAll(siteId, row);
        Map<Long, Integer> ranks = ranks(scores);
        scores.forEach((unitId, score) -> store.snapshot(row.id(),
                new AssessmentStore.SnapshotRow(unitId, score.total(), ranks.get(unitId), json.writeValueAsString(score))));
        row.close(actor.username(), clock.instant());
        years.flush();
        audit.record(actor, "assessment.close", "assessment:" + year, AuditResult.SUCCESS, scores.size() + " 个单位的成绩已固定");
        events.publishEvent(new AssessmentChanged(siteId, year, "close", actor.username()));
        return ranking(actor, siteId, year);
    }

    /** Publishes a closed year's ranking to the units or to the portal. */
    @Transactional
    public Ranking publish(Actor actor, long siteId, int year, AssessmentYear.Audience audience) {
        if (!mayAdminister(actor) || actor.siteId() != siteId) {
            throw denied(actor, "assessment.publish", year);
        }
        if (audience == null || audience == AssessmentYear.Audience.NONE) {
            throw InvalidInputException.field("audience", "公布范围应为 UNITS（各单位）或 PORTAL（门户网站）");
        }
        AssessmentYear row = year(siteId, year);
        row.publish(audience, actor.username(), clock.instant());
        years.flush();
        audit.record(actor, "assessment.publish", "assessment:" + year, AuditResult.SUCCESS, audience.name());
        events.publishEvent(new AssessmentChanged(siteId, year, "publish", actor.username()));
        return ranking(actor, siteId, year);
    }

    /** Every assessed unit's score of an open year, from the facts as they are now. */
    Map<Long, UnitScore> computeAll(long siteId, AssessmentYear row) {
        List<Indicator> scheme = indicators.findByYearIdOrderBySortOrderAscIdAsc(row.id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
        Map<Long, List<ScoreFact>> byUnit = facts.of(siteId, row.year(), today);
        if (scheme.stream().anyMatch(i -> i.rule() == RuleKind.GUIDE_INCOMPLETE)) {
            guideFacts(siteId, byUnit);
        }
        Map<Long, List<Adjustment>> adjusted = adjustments.findByYearIdOrderByMadeAtAscIdAsc(row.id()).stream()
                .collect(Collectors.groupingBy(Adjustment::unitId));
        Map<Long, UnitScore> scores = new LinkedHashMap<>();
        for (Unit unit : units.directory(siteId)) {
            if (ASSESSED.contains(unit.kind())) {
                scores.put(unit.id(), Scoring.score(unit.code(), unit.name(), unit.kind(), scheme, byUnit.getOrDefault(unit.id(), List.of()),
                        adjusted.getOrDefault(unit.id(), List.of())));
            }
        }
        return scores;
    }

    /**
     * Every assessed unit's total of an open year, the deductions and adjustments left out: the facts are counted by unit
     * and kind in SQL, so the ranking reads a row per unit and kind, not one per late task or finding of the year.
     */
    private Map<Long, UnitScore> totalsAll(long siteId, AssessmentYear row) {
        List<Indicator> scheme = indicators.findByYearIdOrderBySortOrderAscIdAsc(row.id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
        Map<Long, Map<RuleKind, Long>> counts = facts.counts(siteId, row.year(), today);
        if (scheme.stream().anyMatch(i -> i.rule() == RuleKind.GUIDE_INCOMPLETE)) {
            Map<Long, List<ScoreFact>> guides = new HashMap<>();
            guideFacts(siteId, guides);
            guides.forEach((unit, found) -> counts.computeIfAbsent(unit, id -> new java.util.EnumMap<>(RuleKind.class))
                    .merge(RuleKind.GUIDE_INCOMPLETE, (long) found.size(), Long::sum));
        }
        Map<Long, List<Adjustment>> adjusted = adjustments.findByYearIdOrderByMadeAtAscIdAsc(row.id()).stream()
                .collect(Collectors.groupingBy(Adjustment::unitId));
        Map<Long, UnitScore> totals = new LinkedHashMap<>();
        for (Unit unit : units.directory(siteId)) {
            if (ASSESSED.contains(unit.kind())) {
                totals.put(unit.id(), new UnitScore(unit.code(), unit.name(), unit.kind(), Scoring.total(scheme,
                        counts.getOrDefault(unit.id(), Map.of()), adjusted.getOrDefault(unit.id(), List.of())), List.of(), List.of(), List.of()));
            }
        }
        return totals;
    }

    /** Each live guide that lacks any of the ten elements, as it stands now. */
    private void guideFacts(long siteId, Map<Long, List<ScoreFact>> byUnit) {
        List<PublishedEntry> items = catalogue.items(siteId, new PublishedCatalogue.Filter(null, null, null, null, null));
        Map<Long, ServiceItemContent> contents = catalogue.liveItems(siteId, items.stream().map(PublishedEntry::entryId).toList());
        for (PublishedEntry entry : items) {
            ServiceItemContent content = contents.get(entry.entryId());
            Completeness completeness = content == null ? null : Completeness.of(content);
            if (completeness != null && !completeness.complete()) {
                AssessmentFacts.add(byUnit, entry.unitId(), new ScoreFact(RuleKind.GUIDE_INCOMPLETE, "guide", entry.entryId(), entry.url(),
                        "办事指南“" + entry.name() + "”缺少：" + String.join("、", completeness.missing())));
            }
        }
    }

    /** Competition ranking within each kind: equal totals share a rank, the next rank skips. */
    static Map<Long, Integer> ranks(Map<Long, UnitScore> scores) {
        Map<Long, Integer> ranks = new HashMap<>();
        scores.entrySet().stream().collect(Collectors.groupingBy(e -> e.getValue().unitKind())).values().forEach(kind -> {
            List<Map.Entry<Long, UnitScore>> sorted = kind.stream()
                    .sorted(Comparator.comparing((Map.Entry<Long, UnitScore> e) -> e.getValue().total()).reversed()).toList();
            for (int i = 0; i < sorted.size(); i++) {
                BigDecimal total = sorted.get(i).getValue().total();
                int rank = i > 0 && sorted.get(i - 1).getValue().total().compareTo(total) == 0
                        ? ranks.get(sorted.get(i - 1).getKey()) : i + 1;
                ranks.put(sorted.get(i).getKey(), rank);
            }
        });
        return ranks;
    }

    private AssessmentYear year(long siteId, int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.field("year", "年度应为 2000 至 2100");
        }
        return years.findBySiteIdAndYear(siteId, year).orElseGet(() -> {
            AssessmentYear created = years.saveAndFlush(new AssessmentYear(siteId, year));
            for (int i = 0; i < DEFAULT_SCHEME.size(); i++) {
                indicators.save(new Indicator(created.id(), DEFAULT_SCHEME.get(i), i + 1));
            }
            indicators.flush();
            return created;
        });
    }

    private boolean seesEveryone(Actor actor, long siteId, AssessmentYear row) {
        if (row.audience() == AssessmentYear.Audience.PORTAL) {
            return true;
        }
        if (actor == null || actor.siteId() != siteId) {
            throw new NotAllowedException("您无权查看考核结果");
        }
        return actor.isCenterWide() || (row.audience() == AssessmentYear.Audience.UNITS && actor.isStaff());
    }

    private Set<Long> visibleUnits(Actor actor, long siteId) {
        if (actor == null || !actor.isStaff() || actor.siteId() != siteId) {
            throw new NotAllowedException("您无权查看考核结果");
        }
        return Set.copyOf(unitAccess.subtree(siteId, actor.unitId()));
    }

    private Map<Long, Unit> directory(long siteId) {
        return units.directory(siteId).stream().collect(Collectors.toMap(Unit::id, u -> u));
    }

    private void requireReader(Actor actor, long siteId) {
        if (actor == null || !actor.isStaff() || actor.siteId() != siteId) {
            throw new NotAllowedException("只有工作人员可以查看考核方案");
        }
    }

    private NotAllowedException denied(Actor actor, String action, int year) {
        audit.recordIndependently(actor == null ? "anonymous" : actor.username(), actor == null || actor.unitCode() == null ? "" : actor.unitCode(),
                action, "assessment:" + year, AuditResult.DENIED, "");
        return new NotAllowedException("您无权执行该考核操作");
    }
}
