package org.opencounty.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.coordination.internal.ChecklistItemRepository;
import org.opencounty.coordination.internal.FindingRepository;
import org.opencounty.coordination.internal.InspectionRepository;
import org.opencounty.coordination.internal.InspectionStatements;
import org.opencounty.coordination.internal.RectificationFiles;
import org.opencounty.coordination.internal.RectificationRepository;
import org.opencounty.files.UploadPolicy;
import org.opencounty.screening.AttachmentReader;
import org.opencounty.screening.AttachmentReading;
import org.opencounty.review.ReviewEvent;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inspections (督查, docs/coordination.md, ADR 0024). The center opens a round (its period, the units inspected and a
 * checklist); inspectors — the center's supervisors and editors — record findings per unit and item, each with a
 * rectification due in working days on the platform's calendar; the unit's information officer reports the
 * rectification and its principal leader approves it on the one review chain; the inspector then closes the finding or
 * reopens it with a reason. Nobody checks their own work; every step is audited and published as an event.
 */
@Service
public class Inspections {

    static final int MAX_ITEMS = 100;
    static final int MAX_TEXT = 10_000;
    static final int MAX_WORKING_DAYS = 250;
    private static final int MAX_FIELD = 2000;

    private final InspectionRepository inspections;
    private final ChecklistItemRepository items;
    private final FindingRepository findings;
    private final RectificationRepository rectifications;
    private final InspectionStatements statements;
    private final RectificationKind kind;
    private final RectificationFiles files;
    private final UploadPolicy uploads;
    private final AttachmentReader reader;
    private final SubmissionWorkflow workflow;
    private final ReviewPermissions permissions;
    private final Units units;
    private final WorkingDays workingDays;
    private final CoordinationSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Inspections(InspectionRepository inspections, ChecklistItemRepository items, FindingRepository findings,
                RectificationRepository rectifications, InspectionStatements statements, RectificationKind kind,
                RectificationFiles files, UploadPolicy uploads, AttachmentReader reader, SubmissionWorkflow workflow, ReviewPermissions permissions, Units units, WorkingDays workingDays,
                CoordinationSettings settings, AuditLog audit, ApplicationEventPublisher events,
                PlatformTransactionManager transactionManager, Clock clock) {
        this.inspections = inspections;
        this.items = items;
        this.findings = findings;
        this.rectifications = rectifications;
        this.statements = statements;
        this.kind = kind;
        this.files = files;
        this.uploads = uploads;
        this.reader = reader;
        this.workflow = workflow;
        this.permissions = permissions;
        this.units = units;
        this.workingDays = workingDays;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Whether the actor opens inspection rounds for the site (the center's editors and administrators). */
    public static boolean mayCreate(Actor actor, long siteId) {
        return actor != null && actor.siteId() == siteId && (actor.has(Role.CENTER_EDITOR) || actor.has(Role.CENTER_ADMIN));
    }

    /** Whether the actor inspects for the site: records findings, closes and reopens them (supervisors and editors). */
    public static boolean mayInspect(Actor actor, long siteId) {
        return actor != null && actor.siteId() == siteId && (actor.has(Role.SUPERVISOR) || actor.has(Role.CENTER_EDITOR));
    }

    @Transactional
    public Inspection create(Actor actor, long siteId, InspectionOrder order) {
        if (!mayCreate(actor, siteId)) {
            throw denied(actor, "inspection.create", "site:" + siteId, "只有电子政务中心可以部署督查");
        }
        List<Unit> scope = validate(siteId, order);
        Inspection inspection = save(siteId, order, scope, actor.username(), clock.instant());
        audit.record(actor, "inspection.create", "inspection:" + inspection.id(), AuditResult.SUCCESS, described(inspection, scope, order));
        events.publishEvent(new InspectionEvents.InspectionCreated(siteId, inspection.id(), scope.size(), order.checklist().size(),
                actor.username()));
        return inspection;
    }

    /** Brings in a round held before the platform (demo data, an old register) as it was opened at {@code createdAt}. */
    @Transactional
    public Inspection seedRound(long siteId, InspectionOrder order, Instant createdAt, String by) {
        List<Unit> scope = validate(siteId, order);
        Inspection inspection = save(siteId, order, scope, by, createdAt);
        audit.record(by, "", "inspection.import", "inspection:" + inspection.id(), AuditResult.SUCCESS, described(inspection, scope, order));
        return inspection;
    }

    /** Every field of a round checked at once; returns the units it inspects. */
    private List<Unit> validate(long siteId, InspectionOrder order) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (order.name().isEmpty() || order.name().length() > 200) {
            errors.put("name", "请填写督查名称（不超过200字）");
        }
        if (order.from() == null || order.to() == null) {
            errors.put("period", "请填写督查期间（起止日期）");
        } else if (order.to().isBefore(order.from())) {
            errors.put("period", "督查期间的结束日期不能早于开始日期");
        }
        List<Unit> scope = UnitScope.resolve(units, siteId, order.unitCodes(), order.unitKinds(), order.allUnits(), errors);
        if (order.checklist().isEmpty()) {
            errors.put("checklist", "请至少列出一项检查事项");
        } else if (order.checklist().size() > MAX_ITEMS) {
            errors.put("checklist", "检查事项不超过" + MAX_ITEMS + "项");
        }
        for (int i = 0; i < order.checklist().size(); i++) {
            InspectionOrder.Item item = order.checklist().get(i);
            if (item.title().isEmpty() || item.title().length() > 200 || item.description().length() > MAX_FIELD) {
                errors.put("checklist[" + i + "]", "第" + (i + 1) + "项检查事项请填写名称（不超过200字），说明不超过" + MAX_FIELD + "字");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return scope;
    }

    private Inspection save(long siteId, InspectionOrder order, List<Unit> scope, String by, Instant at) {
        Inspection inspection = inspections.saveAndFlush(new Inspection(siteId, order.name(), order.from(), order.to(), by, at));
        for (int i = 0; i < order.checklist().size(); i++) {
            InspectionOrder.Item item = order.checklist().get(i);
            items.save(new ChecklistItem(inspection.id(), i + 1, item.title(), item.description()));
        }
        items.flush();
        statements.scope(inspection.id(), scope.stream().map(Unit::id).toList());
        return inspection;
    }

    private static String described(Inspection inspection, List<Unit> scope, InspectionOrder order) {
        return inspection.name() + "，" + order.from() + " 至 " + order.to() + "，" + scope.size() + " 个单位，" + order.checklist().size() + " 项检查事项";
    }

    /** An inspector records a finding at a unit of the round: the rectification is due N working days from today. */
    @Transactional
    public Finding record(Actor actor, long inspectionId, FindingOrder order) {
        Inspection inspection = inspection(actor, inspectionId);
        if (!mayInspect(actor, inspection.siteId())) {
            throw denied(actor, "inspection.finding", "inspection:" + inspectionId, "只有督查人员（监察员或中心编辑）可以记录督查问题");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Unit unit = units.find(inspection.siteId(), order.unitCode()).orElse(null);
        if (unit == null) {
            errors.put("unit", order.unitCode().isEmpty() ? "请选择被督查单位" : "没有单位“" + order.unitCode() + "”");
        } else if (!statements.scopeOf(inspectionId).contains(unit.id())) {
            errors.put("unit", unit.name() + "不在本次督查范围内");
        }
        ChecklistItem item = order.itemId() == null ? null : items.findById(order.itemId())
                .filter(i -> i.inspectionId() == inspectionId).orElse(null);
        if (item == null) {
            errors.put("item", "请选择本次督查的检查事项");
        }
        if (order.problem().isEmpty() || order.problem().length() > MAX_FIELD) {
            errors.put("problem", "请填写发现的问题（不超过" + MAX_FIELD + "字）");
        }
        if (order.requirement().isEmpty() || order.requirement().length() > MAX_FIELD) {
            errors.put("requirement", "请填写整改要求（不超过" + MAX_FIELD + "字）");
        }
        if (order.workingDays() == null || order.workingDays() < 1 || order.workingDays() > MAX_WORKING_DAYS) {
            errors.put("days", "整改期限应为 1 至 " + MAX_WORKING_DAYS + " 个工作日");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
        LocalDate due = workingDays.dueDate(today, order.workingDays(), settings.region()).dueDate();
        Finding finding = findings.saveAndFlush(new Finding(inspectionId, item.id(), inspection.siteId(), unit.id(), order.problem(),
                order.requirement(), order.workingDays(), due, actor.username(), clock.instant()));
        audit.record(actor, "inspection.finding", finding.submission().target(), AuditResult.SUCCESS,
                unit.name() + "，" + item.title() + "：" + order.problem() + "；整改期限 " + order.workingDays() + " 个工作日（" + due + "）");
        changed(finding, "record", actor.username());
        return finding;
    }

    /**
     * Brings in a finding made before the platform (demo data) as it was recorded at {@code recordedAt}, its due date
     * counted from that day; {@code rectifiedAt}, when given, is when the unit's leader sent the rectification on and
     * the finding counts as closed by the inspector a day later.
     */
    @Transactional
    public Finding seed(long inspectionId, String unitCode, int itemPosition, String problem, String requirement, int days,
                        Instant recordedAt, String rectification, Instant rectifiedAt, String by) {
        Inspection inspection = inspections.findById(inspectionId).orElseThrow();
        Unit unit = units.get(inspection.siteId(), unitCode);
        ChecklistItem item = items.findByInspectionIdOrderBySortOrder(inspectionId).get(itemPosition - 1);
        LocalDate recorded = LocalDate.ofInstant(recordedAt, TimeConfiguration.CHINA);
        LocalDate due = workingDays.dueDate(recorded, days, settings.region()).dueDate();
        Finding finding = findings.saveAndFlush(new Finding(inspectionId, item.id(), inspection.siteId(), unit.id(), problem, requirement,
                days, due, by, recordedAt));
        if (rectification != null) {
            Rectification revision = rectifications.saveAndFlush(new Rectification(finding.id(), 1, rectification, by, rectifiedAt));
            workflow.importedAsPublished(by, kind, finding, revision.id(), rectifiedAt, "导入已核查销号的整改报告");
            finding.closedBefore(rectifiedAt, rectifiedAt.plusSeconds(86_400), by);
        }
        findings.flush();
        audit.record(by, "", "inspection.finding.import", finding.submission().target(), AuditResult.SUCCESS, unit.name() + "：" + problem);
        return finding;
    }

    /**
     * The unit's officer writes the rectification and submits it to the unit's leader: the text is saved first, in its
     * own transaction, so that a submission refused by screening keeps what the officer wrote.
     */
    public Finding report(Actor actor, long inspectionId, long findingId, String text) {
        transactions.executeWithoutResult(status -> write(actor, inspectionId, findingId, text));
        return transactions.execute(status -> {
            Finding finding = finding(actor, inspectionId, findingId);
            workflow.submit(actor, kind, finding, false);
            changed(finding, "report", actor.username());
            return finding;
        });
    }

    private void write(Actor actor, long inspectionId, long findingId, String text) {
        Finding finding = writable(actor, inspectionId, findingId, "submit");
        String written = text == null ? "" : text.strip();
        if (written.isEmpty() || written.length() > MAX_TEXT) {
            throw InvalidInputException.field("text", "请填写整改情况（不超过" + MAX_TEXT + "字）");
        }
        if (finding.needsNewRevision()) {
            start(actor, finding, written);
        } else {
            kind.revision(finding.workingRevisionId()).rewrite(written, actor.username(), clock.instant());
            workflow.edited(actor, kind, finding, finding.workingRevisionId(), "");
        }
    }

    /**
     * The unit's officer attaches evidence to the rectification being written: checked by the upload policy and read for
     * screening before anything is stored, outside any transaction (a slow or hostile file costs a reader thread, never
     * a database connection); screened with the rectification when it is submitted.
     */
    public EvidenceFile attach(Actor actor, long inspectionId, long findingId, String filename, byte[] content) {
        transactions.executeWithoutResult(status -> writable(actor, inspectionId, findingId, "attach"));
        UploadPolicy.Accepted accepted = uploads.check(filename, content);
        AttachmentReading reading = reader.read(accepted.filename(), content);
        return transactions.execute(status -> {
            Finding finding = writable(actor, inspectionId, findingId, "attach");
            if (finding.needsNewRevision()) {
                start(actor, finding, "");
            }
            EvidenceFile file = files.add(finding.workingRevisionId(), accepted.filename(), accepted.contentType(), content, reading,
                    actor.username(), clock.instant());
            workflow.noted(actor, kind, finding, "attach", "", file.filename() + " " + file.sha256()
                    + (file.readable() ? "" : "（无法读取，须人工核对）"));
            changed(finding, "attach", actor.username());
            return file;
        });
    }

    /** The unit's officer removes a file from the rectification being written. */
    @Transactional
    public void detach(Actor actor, long inspectionId, long findingId, long fileId) {
        Finding finding = writable(actor, inspectionId, findingId, "detach");
        EvidenceFile file = kind.files(finding.workingRevisionId()).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("该佐证材料不存在"));
        files.remove(file);
        workflow.noted(actor, kind, finding, "detach", "", file.filename());
        changed(finding, "detach", actor.username());
    }

    /** A file of the finding's rectification (being written, or the closed one), for whoever sees the finding. */
    public EvidenceFile evidence(Actor actor, long inspectionId, long findingId, long fileId) {
        Finding finding = finding(actor, inspectionId, findingId);
        Long revision = finding.workingRevisionId() != null ? finding.workingRevisionId() : finding.liveRevisionId();
        return kind.files(revision).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("该佐证材料不存在"));
    }

    public byte[] content(EvidenceFile file) {
        return files.content(file);
    }

    /** The finding, if the actor writes its unit's rectification and it may be changed now (not closed, not in review). */
    private Finding writable(Actor actor, long inspectionId, long findingId, String action) {
        Finding finding = finding(actor, inspectionId, findingId);
        if (!permissions.canWrite(actor, finding.siteId(), finding.unitId())) {
            throw denied(actor, kind.name() + "." + action, finding.submission().target(), "只有本单位信息员可以报送整改情况");
        }
        if (finding.closed()) {
            throw new ConflictException("FINDING_CLOSED", "该问题已核查销号，不能再报送整改情况");
        }
        workflow.requireEditable(actor, kind, finding, finding.version());
        return finding;
    }

    /** The rectification's first revision. */
    private void start(Actor actor, Finding finding, String text) {
        Rectification revision = rectifications.saveAndFlush(new Rectification(finding.id(), rectifications.countByFindingId(finding.id()) + 1,
                text, actor.username(), clock.instant()));
        workflow.created(actor, kind, finding, revision.id(), "");
    }

    /**
     * The unit's leader approves the rectification: it goes to the inspector, and counts as reported now. Evidence that
     * could not be read must be acknowledged as checked by hand ({@code acknowledgeUnreadable}).
     */
    @Transactional
    public Finding approve(Actor actor, long inspectionId, long findingId, boolean acknowledgeUnreadable) {
        Finding finding = finding(actor, inspectionId, findingId);
        if (!permissions.canReviewAsLeader(actor, finding.siteId(), finding.unitId())) {
            throw denied(actor, kind.name() + ".review", finding.submission().target(), "只有本单位主要领导可以审核整改报告");
        }
        requireState(finding, ReviewState.PENDING_LEADER);
        workflow.approve(actor, kind, finding, acknowledgeUnreadable);
        finding.reported(clock.instant());
        changed(finding, "approve", actor.username());
        return finding;
    }

    /** The inspector closes the finding (销号): rectified as of when the unit's leader sent the rectification on. */
    @Transactional
    public Finding close(Actor actor, long inspectionId, long findingId) {
        Finding finding = atInspector(actor, inspectionId, findingId, "close");
        Instant now = clock.instant();
        finding.submission().review().approveByCenter(now, null);
        finding.close(actor.username(), now);
        findings.flush();
        FindingState state = finding.state(now);
        workflow.noted(actor, kind, finding, "close", "", "核查销号，" + state.label());
        changed(finding, "close", actor.username());
        return finding;
    }

    /** The inspector sends the rectification back to the unit with a written reason (重新整改). */
    @Transactional
    public Finding reopen(Actor actor, long inspectionId, long findingId, String reason) {
        String why = reason == null ? "" : reason.strip();
        Finding finding = atInspector(actor, inspectionId, findingId, "reopen");
        if (why.isEmpty() || why.length() > MAX_FIELD) {
            throw InvalidInputException.field("reason", "请填写退回重新整改的理由（不超过" + MAX_FIELD + "字）");
        }
        finding.submission().review().returnForChanges(clock.instant());
        finding.reported(null);
        findings.flush();
        workflow.noted(actor, kind, finding, "reopen", why, why);
        changed(finding, "reopen", actor.username());
        return finding;
    }

    /** The inspector's step: someone who inspects for the site, the finding waiting for them, not their own work. */
    private Finding atInspector(Actor actor, long inspectionId, long findingId, String action) {
        Finding finding = finding(actor, inspectionId, findingId);
        if (!mayInspect(actor, finding.siteId())) {
            throw denied(actor, kind.name() + "." + action, finding.submission().target(), "只有督查人员可以核查整改情况");
        }
        requireState(finding, ReviewState.PENDING_CENTER);
        if (contributors(finding).contains(actor.username())) {
            audit.recordIndependently(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(), kind.name() + "." + action,
                    finding.submission().target(), AuditResult.DENIED, "own work");
            throw new OwnWorkException();
        }
        return finding;
    }

    /** Who wrote, submitted or approved the rectification now waiting for the inspector. */
    private Set<String> contributors(Finding finding) {
        int revision = kind.revision(finding.workingRevisionId()).number();
        return workflow.history(kind, finding.id()).stream().filter(e -> e.revision() != null && e.revision() == revision)
                .filter(e -> Set.of("create", "edit", "submit", "approve").contains(e.action())).map(ReviewEvent::actor)
                .collect(Collectors.toSet());
    }

    private void requireState(Finding finding, ReviewState step) {
        if (finding.state() != step) {
            throw new ConflictException("INVALID_STATE", "该问题的整改当前为“" + finding.state(clock.instant()).label() + "”，不能执行此操作");
        }
    }

    /** The round, if the actor's site holds it and the actor is staff (404 for another site's). */
    public Inspection inspection(Actor actor, long inspectionId) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看督查");
        }
        return inspections.findById(inspectionId).filter(i -> i.siteId() == actor.siteId())
                .orElseThrow(() -> new NotFoundException("该督查不存在"));
    }

    /** The finding, if it belongs to the round and the actor sees its unit (the center, or the unit and those above it). */
    public Finding finding(Actor actor, long inspectionId, long findingId) {
        Inspection inspection = inspection(actor, inspectionId);
        Finding finding = findings.findById(findingId).filter(f -> f.inspectionId().equals(inspection.id()))
                .orElseThrow(() -> new NotFoundException("该督查问题不存在"));
        if (!permissions.canView(actor, finding.siteId(), finding.unitId())) {
            throw denied(actor, "inspection.read", finding.submission().target(), "您无权查看其他单位的督查问题");
        }
        return finding;
    }

    private void changed(Finding finding, String action, String by) {
        events.publishEvent(new InspectionEvents.FindingChanged(finding.siteId(), finding.inspectionId(), finding.id(), finding.unitId(),
                action, by));
    }

    /** A refusal stays on record although the request's transaction rolls back. */
    private NotAllowedException denied(Actor actor, String action, String target, String message) {
        audit.recordIndependently(actor == null ? "anonymous" : actor.username(), actor == null || actor.unitCode() == null ? "" : actor.unitCode(),
                action, target, AuditResult.DENIED, "");
        return new NotAllowedException(message);
    }

    /** Refused because the inspector wrote, submitted or approved the rectification. */
    static class OwnWorkException extends NotAllowedException {
        OwnWorkException() {
            super("SELF_APPROVAL", "不能核查自己撰写、报送或审核的整改报告");
        }
    }
}
