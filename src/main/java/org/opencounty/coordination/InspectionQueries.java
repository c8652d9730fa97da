package org.opencounty.coordination;

import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.common.NotAllowedException;
import org.opencounty.coordination.internal.ChecklistItemRepository;
import org.opencounty.coordination.internal.FindingRepository;
import org.opencounty.coordination.internal.InspectionRepository;
import org.opencounty.coordination.internal.InspectionStatements;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the center and the units read of inspections. The center's roles see every round and finding of their site; a
 * unit's staff see the rounds that inspect their unit or the units below it, and only those units' findings.
 */
@Service
public class InspectionQueries {

    private final InspectionRepository inspections;
    private final ChecklistItemRepository items;
    private final FindingRepository findings;
    private final InspectionStatements statements;
    private final Inspections service;
    private final RectificationKind kind;
    private final SubmissionWorkflow workflow;
    private final ReviewPermissions permissions;
    private final Units units;
    private final UnitAccess unitAccess;
    private final Clock clock;

    InspectionQueries(InspectionRepository inspections, ChecklistItemRepository items, FindingRepository findings,
                      InspectionStatements statements, Inspections service, RectificationKind kind, SubmissionWorkflow workflow,
                      ReviewPermissions permissions, Units units, UnitAccess unitAccess, Clock clock) {
        this.inspections = inspections;
        this.items = items;
        this.findings = findings;
        this.statements = statements;
        this.service = service;
        this.kind = kind;
        this.workflow = workflow;
        this.permissions = permissions;
        this.units = units;
        this.unitAccess = unitAccess;
        this.clock = clock;
    }

    /**
     * Page {@code page} of the rounds the reader sees, latest period first, each with the reader's units and their
     * findings. Chosen, counted and cut in SQL; only the page's rounds are read.
     */
    @Transactional(readOnly = true)
    public PageOf<InspectionSummary> page(Actor actor, int page, int size) {
        requireStaff(actor);
        List<Long> scope = actor.isCenterWide() ? null : unitAccess.subtree(actor.siteId(), actor.unitId());
        int number = PageOf.clampPage(page);
        List<Long> ids = statements.listedPage(actor.siteId(), scope, (long) (number - 1) * size, size);
        Map<Long, Inspection> byId = new HashMap<>();
        inspections.findAllById(ids).forEach(inspection -> byId.put(inspection.id(), inspection));
        return new PageOf<>(statements.listedCount(actor.siteId(), scope), number, size,
                summaries(actor, ids.stream().map(byId::get).toList()));
    }

    /** How many findings at the reader's units are overdue now, over every round (the dashboard's figure), counted in SQL. */
    @Transactional(readOnly = true)
    public long overdue(Actor actor) {
        requireStaff(actor);
        return statements.overdue(actor.siteId(), actor.isCenterWide() ? null : unitAccess.subtree(actor.siteId(), actor.unitId()),
                clock.instant());
    }

    /** One round: refused to a unit's staff whose units it does not inspect. */
    @Transactional(readOnly = true)
    public InspectionSummary get(Actor actor, long id) {
        Inspection inspection = service.inspection(actor, id);
        InspectionSummary summary = summary(actor, inspection);
        if (!actor.isCenterWide() && summary.units().isEmpty()) {
            throw new NotAllowedException("本次督查不涉及您的单位");
        }
        return summary;
    }

    @Transactional(readOnly = true)
    public FindingView finding(Actor actor, long inspectionId, long findingId) {
        Finding finding = service.finding(actor, inspectionId, findingId);
        Inspection inspection = service.inspection(actor, inspectionId);
        Unit unit = units.byId(finding.unitId()).orElseThrow();
        Long revisionId = finding.workingRevisionId() != null ? finding.workingRevisionId() : finding.liveRevisionId();
        String text = revisionId == null ? "" : kind.revision(revisionId).text();
        boolean open = !finding.closed();
        return new FindingView(inspection, items.findById(finding.itemId()).orElseThrow(), finding, unit.code(), unit.name(),
                finding.state(clock.instant()), text, kind.files(revisionId), workflow.history(kind, finding.id()),
                open && permissions.canWrite(actor, finding.siteId(), finding.unitId()) && (finding.needsNewRevision() || finding.state().editable()),
                finding.state() == ReviewState.PENDING_LEADER && permissions.canReviewAsLeader(actor, finding.siteId(), finding.unitId()),
                open && finding.state() == ReviewState.PENDING_CENTER && Inspections.mayInspect(actor, finding.siteId()));
    }

    /** The findings still open at the reader's unit (and the units below it): the unit's dashboard. */
    @Transactional(readOnly = true)
    public List<InspectionSummary.FindingRow> openAt(Actor actor) {
        if (actor == null || !actor.isStaff() || actor.unitId() == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Finding> open = findings.findByUnitIdInAndClosedAtIsNullOrderByDueDateAscIdAsc(unitAccess.subtree(actor.siteId(), actor.unitId()));
        Map<Long, String> titles = items.findAllById(open.stream().map(Finding::itemId).distinct().toList()).stream()
                .collect(Collectors.toMap(ChecklistItem::id, ChecklistItem::title));
        return open.stream().map(f -> new InspectionSummary.FindingRow(f, titles.getOrDefault(f.itemId(), ""), f.state(now))).toList();
    }

    private InspectionSummary summary(Actor actor, Inspection inspection) {
        return summaries(actor, List.of(inspection)).get(0);
    }

    /**
     * The rounds as the reader sees them, in the order given, built in a fixed number of statements however many there
     * are (a list's page): each round's checklist, the reader's units of its scope in directory order with their
     * findings, and those findings counted by state.
     */
    private List<InspectionSummary> summaries(Actor actor, List<Inspection> rounds) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Long> ids = rounds.stream().map(Inspection::id).toList();
        Map<Long, List<ChecklistItem>> checklists = items.findByInspectionIdInOrderBySortOrder(ids).stream()
                .collect(Collectors.groupingBy(ChecklistItem::inspectionId));
        Map<Long, List<Finding>> findingsByRound = findings.findByInspectionIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(Finding::inspectionId));
        Map<Long, List<Long>> scopes = statements.scopeOf(ids);
        Set<Long> visible = actor.isCenterWide() ? null : new HashSet<>(unitAccess.subtree(actor.siteId(), actor.unitId()));
        Map<Long, Unit> directory = units.directory(actor.siteId()).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        return rounds.stream().map(inspection -> {
            List<ChecklistItem> checklist = checklists.getOrDefault(inspection.id(), List.of());
            Map<Long, String> titles = checklist.stream().collect(Collectors.toMap(ChecklistItem::id, ChecklistItem::title));
            Map<Long, List<InspectionSummary.FindingRow>> byUnit = new LinkedHashMap<>();
            scopes.getOrDefault(inspection.id(), List.of()).stream().filter(id -> visible == null || visible.contains(id))
                    .filter(directory::containsKey)
                    .sorted(Comparator.comparing((Long id) -> directory.get(id).sortOrder()).thenComparing(id -> directory.get(id).code()))
                    .forEach(id -> byUnit.put(id, new ArrayList<>()));
            Map<FindingState, Long> counts = new EnumMap<>(FindingState.class);
            for (Finding finding : findingsByRound.getOrDefault(inspection.id(), List.of())) {
                List<InspectionSummary.FindingRow> rows = byUnit.get(finding.unitId());
                if (rows != null) {
                    FindingState state = finding.state(now);
                    rows.add(new InspectionSummary.FindingRow(finding, titles.getOrDefault(finding.itemId(), ""), state));
                    counts.merge(state, 1L, Long::sum);
                }
            }
            List<InspectionSummary.UnitFindings> rows = byUnit.entrySet().stream()
                    .map(e -> new InspectionSummary.UnitFindings(directory.get(e.getKey()).code(), directory.get(e.getKey()).name(), e.getValue()))
                    .toList();
            return new InspectionSummary(inspection, checklist, rows, counts, Inspections.mayInspect(actor, inspection.siteId()),
                    Circulars.mayDraft(actor, inspection.siteId()));
        }).toList();
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看督查");
        }
    }
}
