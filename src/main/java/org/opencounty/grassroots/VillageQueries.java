package org.opencounty.grassroots;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.internal.GrassrootsJson;
import org.opencounty.grassroots.internal.VillageDisclosureRepository;
import org.opencounty.grassroots.internal.VillageSettingRepository;
import org.opencounty.review.ReviewEvent;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading village disclosures: the public sees the live revision of what the township published; the village's staff,
 * its township and the center see the working revision too, each only within their own units (server-side, every
 * request). Timeliness is computed here from what was published, by {@link Timeliness}.
 */
@Service
@Transactional(readOnly = true)
public class VillageQueries {

    private final VillageDisclosureRepository disclosures;
    private final VillageDisclosureKind kind;
    private final VillageSettingRepository settings;
    private final ReviewPermissions permissions;
    private final SubmissionWorkflow workflow;
    private final UnitAccess access;
    private final Units units;
    private final GrassrootsJson json;
    private final GrassrootsSettings rules;
    private final Clock clock;

    VillageQueries(VillageDisclosureRepository disclosures, VillageDisclosureKind kind, VillageSettingRepository settings,
                   ReviewPermissions permissions, SubmissionWorkflow workflow, UnitAccess access, Units units, GrassrootsJson json,
                   GrassrootsSettings rules, Clock clock) {
        this.disclosures = disclosures;
        this.kind = kind;
        this.settings = settings;
        this.permissions = permissions;
        this.workflow = workflow;
        this.access = access;
        this.units = units;
        this.json = json;
        this.rules = rules;
        this.clock = clock;
    }

    /** Whether the actor sees the disclosure's working revision: its village's staff, the township above it, the center. */
    public boolean canSeeWork(Actor actor, VillageDisclosure disclosure) {
        return permissions.canView(actor, disclosure.siteId(), disclosure.unitId());
    }

    /** What the actor may read of disclosure {@code id}: staff who may see its work get the working revision. */
    public VillageView view(Actor actor, long siteId, long id) {
        VillageDisclosure disclosure = disclosures.findById(id).filter(d -> d.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的村务公开"));
        if (canSeeWork(actor, disclosure)) {
            Long shown = disclosure.workingRevisionId() != null ? disclosure.workingRevisionId() : disclosure.liveRevisionId();
            if (shown == null) {
                throw new NotFoundException("该村务公开已撤回");
            }
            return view(disclosure, shown);
        }
        return published(siteId, id);
    }

    /** The published version, for everyone. */
    public VillageView published(long siteId, long id) {
        VillageDisclosure disclosure = disclosures.findById(id).filter(d -> d.siteId() == siteId && d.isLive())
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的村务公开"));
        return view(disclosure, disclosure.liveRevisionId());
    }

    /** Whether the actor sees disclosure {@code id}'s work (its village's staff, its township, the center). */
    public boolean canSee(Actor actor, long siteId, long id) {
        return disclosures.findById(id).filter(d -> d.siteId() == siteId).map(d -> canSeeWork(actor, d)).orElse(false);
    }

    /** The disclosure's own history, for those who see its work. */
    public List<ReviewEvent> history(Actor actor, long siteId, long id) {
        VillageDisclosure disclosure = disclosures.findById(id).filter(d -> d.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的村务公开"));
        if (!canSeeWork(actor, disclosure)) {
            throw new NotAllowedException("您无权查看该村务公开的审核记录");
        }
        return workflow.history(kind, id);
    }

    /**
     * The disclosures the actor works on (their village's, their township's villages', every one for the center), newest
     * first, optionally of one village; empty for anybody else.
     */
    public List<VillageView> work(Actor actor, long siteId, String villageCode) {
        return work(actor, siteId, villageCode, Pageable.unpaged()).getContent();
    }

    /** Page {@code page} of {@link #work}, counted and cut in the database. */
    public PageOf<VillageView> work(Actor actor, long siteId, String villageCode, int page, int size) {
        return PageOf.of(work(actor, siteId, villageCode, pageOf(page, size)));
    }

    private Page<VillageView> work(Actor actor, long siteId, String villageCode, Pageable pageable) {
        List<Long> scope = workScope(actor, siteId, villageCode);
        if (scope.isEmpty()) {
            return Page.empty(pageable);
        }
        return views(siteId, disclosures.workOf(scope, pageable),
                d -> d.workingRevisionId() != null ? d.workingRevisionId() : d.liveRevisionId());
    }

    /** The villages whose work the actor sees (all of the site's for the center, their own subtree for others). */
    List<Long> workScope(Actor actor, long siteId, String villageCode) {
        if (actor == null || actor.siteId() != siteId || !actor.isStaff()) {
            return List.of();
        }
        List<Long> scope = actor.isCenterWide() ? villages(siteId).stream().map(Unit::id).toList()
                : access.subtree(siteId, actor.unitId());
        if (villageCode != null && !villageCode.isBlank()) {
            Long one = units.find(siteId, villageCode.strip()).map(Unit::id).orElse(-1L);
            scope = scope.contains(one) ? List.of(one) : List.of();
        }
        return scope;
    }

    /** Page {@code page} of what the village published, newest period first, counted and cut in the database. */
    public PageOf<VillageView> publishedOf(long siteId, String villageCode, int page, int size) {
        Unit village = village(siteId, villageCode);
        return PageOf.of(views(siteId, disclosures.publishedOf(village.id(), pageOf(page, size)), VillageDisclosure::liveRevisionId));
    }

    /**
     * What the village published, by category in the enum's order, each newest period first, a page of {@code size} at a
     * time: page {@code page} of the category {@code chosen} (an old number beyond its last page is its last page), the
     * first page of every other. Counted in one grouped statement, a statement a category that has any, their texts in
     * one: the same statements however many years the village has published.
     */
    public Map<VillageCategory, PageOf<VillageView>> publishedByCategory(long siteId, String villageCode, VillageCategory chosen,
                                                                           int page, int size) {
        Unit village = village(siteId, villageCode);
        Map<VillageCategory, Long> counts = new java.util.EnumMap<>(VillageCategory.class);
        disclosures.publishedCounts(village.id()).forEach(row -> counts.put((VillageCategory) row[0], (Long) row[1]));
        Map<VillageCategory, PageOf<VillageDisclosure>> found = new java.util.EnumMap<>(VillageCategory.class);
        for (VillageCategory category : VillageCategory.values()) {
            found.put(category, CountedPage.of(counts.getOrDefault(category, 0L), category == chosen ? page : 1, size,
                    (number, n) -> disclosures.publishedOf(village.id(), category, PageRequest.of(number - 1, n))));
        }
        List<Long> shown = found.values().stream().flatMap(p -> p.items().stream()).map(VillageDisclosure::liveRevisionId).toList();
        if (!shown.isEmpty()) {
            units.directory(siteId);
            kind.load(shown);
        }
        Map<VillageCategory, PageOf<VillageView>> views = new java.util.EnumMap<>(VillageCategory.class);
        found.forEach((category, p) -> views.put(category, p.map(d -> view(d, d.liveRevisionId()))));
        return views;
    }

    /** Page {@code page} of everything published on the site, newest first, counted and cut in the database. */
    public PageOf<VillageView> publishedOnSite(long siteId, int page, int size) {
        return PageOf.of(views(siteId, disclosures.publishedOnSite(siteId, pageOf(page, size)), VillageDisclosure::liveRevisionId));
    }

    private static Pageable pageOf(int page, int size) {
        return PageRequest.of(PageOf.clampPage(page) - 1, size);
    }

    /**
     * The page's disclosures with the revisions they show. The site's units (villages, their townships, the units above
     * them that the reviewing unit is found through) and the page's revisions are each read in one statement into this
     * transaction, where {@link #view} and the state's label then find them, rather than once a row.
     */
    private Page<VillageView> views(long siteId, Page<VillageDisclosure> found, Function<VillageDisclosure, Long> shown) {
        if (found.hasContent()) {
            units.directory(siteId);
            kind.load(found.getContent().stream().map(shown).toList());
        }
        return found.map(d -> view(d, shown.apply(d)));
    }

    /** The site's villages, or its communities. */
    public List<Unit> villages(long siteId) {
        return units.directory(siteId).stream().filter(u -> u.kind() == UnitKind.VILLAGE).toList();
    }

    /** The villages (or communities) of each township, in directory order, townships without any left out. */
    public Map<Unit, List<Unit>> byTownship(long siteId, UnitKind kind) {
        List<Unit> all = units.directory(siteId);
        Map<Long, Unit> byId = all.stream().collect(Collectors.toMap(Unit::id, u -> u));
        Map<Unit, List<Unit>> grouped = new java.util.LinkedHashMap<>();
        for (Unit township : all.stream().filter(u -> u.kind() == UnitKind.TOWNSHIP).toList()) {
            List<Unit> below = all.stream().filter(u -> u.kind() == kind && township.id().equals(townshipOf(u, byId))).toList();
            if (!below.isEmpty()) {
                grouped.put(township, below);
            }
        }
        return grouped;
    }

    public Unit village(long siteId, String code) {
        return units.find(siteId, code == null ? "" : code.strip()).filter(u -> u.kind() == UnitKind.VILLAGE)
                .orElseThrow(() -> new NotFoundException("没有代码为 " + code + " 的行政村"));
    }

    public Optional<Unit> township(long siteId, String code) {
        return units.find(siteId, code == null ? "" : code.strip()).filter(u -> u.kind() == UnitKind.TOWNSHIP);
    }

    /** Whether the village is marked 财务往来较多 and since when it is held to the rule. */
    public VillageSetting setting(Unit village) {
        return settings.findById(village.id()).orElseGet(() -> unset(village));
    }

    /** A village never marked: ordinary finance, held to the rule since it was entered. */
    private static VillageSetting unset(Unit village) {
        return new VillageSetting(village.id(), false, LocalDate.ofInstant(village.updatedAt(), TimeConfiguration.CHINA));
    }

    /** Each category's verdict for the village today, late ones first, then the major matters that came late. */
    public VillageTimeliness timeliness(long siteId, String villageCode) {
        Unit village = village(siteId, villageCode);
        return timelinessOf(List.of(village)).get(village.id());
    }

    /** How many of the villages are late by law today (the dashboard's figure), from {@link #timelinessOf}. */
    public long lateAmong(List<Unit> villages) {
        return timelinessOf(villages).values().stream().filter(VillageTimeliness::late).count();
    }

    /**
     * Each village's verdicts today, by unit id: their settings, what they published that a verdict can turn on (the last
     * year's periods and every major matter) and the major matters' titles are read in three statements, not three a
     * village, and not every year of every village.
     */
    public Map<Long, VillageTimeliness> timelinessOf(List<Unit> villages) {
        if (villages.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = villages.stream().map(Unit::id).toList();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
        Map<Long, VillageSetting> kept = settings.findAllById(ids).stream().collect(Collectors.toMap(VillageSetting::unitId, s -> s));
        // A verdict looks at the last period and the one before it, both within the last nine months.
        Map<Long, List<VillageDisclosure>> published = disclosures.forTimeliness(ids, today.minusMonths(12)).stream()
                .collect(Collectors.groupingBy(VillageDisclosure::unitId));
        kind.load(published.values().stream().flatMap(List::stream).filter(VillageDisclosure::major)
                .map(VillageDisclosure::liveRevisionId).toList());
        Map<Long, VillageTimeliness> verdicts = new java.util.LinkedHashMap<>();
        villages.forEach(v -> verdicts.put(v.id(), timeliness(v, kept.getOrDefault(v.id(), unset(v)),
                published.getOrDefault(v.id(), List.of()), today)));
        return verdicts;
    }

    /** Each category's verdict for the village on {@code today} from what it published, newest period first. */
    private VillageTimeliness timeliness(Unit village, VillageSetting setting, List<VillageDisclosure> published, LocalDate today) {
        Timeliness rule = rules.timeliness();
        List<Timeliness.Verdict> verdicts = new ArrayList<>();
        for (VillageCategory category : VillageCategory.values()) {
            List<DisclosurePeriod> periods = published.stream().filter(d -> d.category() == category).map(VillageDisclosure::period).toList();
            verdicts.add(rule.of(category, setting.busyFinance(), periods, setting.disclosureSince(), today));
        }
        List<VillageTimeliness.MajorMatter> lateMatters = published.stream().filter(VillageDisclosure::major)
                .map(d -> new VillageTimeliness.MajorMatter(d.id(), kind.revision(d.liveRevisionId()).title(), d.period().start(),
                        LocalDate.ofInstant(d.publishedAt(), TimeConfiguration.CHINA),
                        rule.ofMajorMatter(d.period().start(), LocalDate.ofInstant(d.publishedAt(), TimeConfiguration.CHINA), today)))
                .filter(m -> m.status() == Timeliness.Status.LATE)
                .sorted(Comparator.comparing(VillageTimeliness.MajorMatter::happened).reversed()).toList();
        return VillageTimeliness.of(village.code(), village.name(), setting.busyFinance(), today,
                Timeliness.lateFirst(verdicts).stream().map(VillageTimeliness.Line::of).toList(), lateMatters);
    }

    private static Long townshipOf(Unit unit, Map<Long, Unit> byId) {
        Unit current = unit.parentId() == null ? null : byId.get(unit.parentId());
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (current.kind() == UnitKind.TOWNSHIP) {
                return current.id();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }

    VillageView view(VillageDisclosure disclosure, long revisionId) {
        VillageDisclosureRevision revision = kind.revision(revisionId);
        Unit village = units.byId(disclosure.unitId()).orElseThrow();
        Unit township = village.parentId() == null ? null : units.byId(village.parentId()).orElse(null);
        FinanceInput finance = json.finance(revision.financeJson());
        VillageView.FinanceView financeView = null;
        if (finance != null) {
            FinanceStatement statement = finance.read(null, FinanceInput.API, new java.util.HashMap<>());
            financeView = new VillageView.FinanceView(finance.opening(), finance.lines(), Amounts.format(statement.income()),
                    Amounts.format(statement.expense()), finance.closing(), statement.balanced());
        }
        List<Subsidy> subsidies = json.subsidies(revision.subsidiesJson());
        DisclosurePeriod period = disclosure.period();
        return new VillageView(disclosure.id(), village.code(), village.name(), township == null ? "" : township.name(),
                disclosure.category(), disclosure.category().label(), period.code(), period.label(), period.kind().label(),
                disclosure.state().name(), stateLabel(disclosure, revision), revision.number(), revision.title(), revision.body(),
                financeView, subsidies, subsidies.isEmpty() ? null : Amounts.format(Subsidy.total(subsidies)),
                revision.checkedBy(), disclosure.publishedAt(), disclosure.version());
    }

    /** The chain's state in the village's words: who it waits for. */
    private String stateLabel(VillageDisclosure disclosure, VillageDisclosureRevision revision) {
        return switch (disclosure.state()) {
            case PENDING_LEADER -> disclosure.category().needsMonitorCheck() && revision.checkedBy() == null ? "待村务监督委员会审核" : "待村委会主任审核";
            case PENDING_CENTER -> permissions.reviewedByTownship(disclosure.unitId()) ? "待乡镇审核" : disclosure.state().label();
            default -> disclosure.state().label();
        };
    }

    static void requireKnown(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.field("village", "请选择行政村");
        }
    }
}
