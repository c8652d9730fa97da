package org.opencounty.interaction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.Article;
import org.opencounty.content.ArticleDraft;
import org.opencounty.content.ArticlePublishing;
import org.opencounty.content.Category;
import org.opencounty.interaction.InteractionEvents.AnnualReportChanged;
import org.opencounty.interaction.internal.AnnualReportFacts;
import org.opencounty.interaction.internal.AnnualReportRepository;
import org.opencounty.interaction.internal.AnnualReportRevisionRepository;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report (政府信息公开工作年度报告, 条例 art. 49–50, 2021 format) on the review chain: the unit's information
 * officer writes it from the platform's prefill and submits it once table 三 balances (一 + 二 = 三（七） + 四 per column,
 * else 422 with the failing columns), which freezes table 三 into it; the unit's leader approves; the center publishes
 * it, screened again, as an article in 政府信息公开年报 (through content's screening and publication). Each step is the
 * workflow's: who may, no self-approval, stale version → 409, history and audit in the same transaction.
 */
@Service
public class AnnualReportWriting {

    private final AnnualReportRepository reports;
    private final AnnualReportRevisionRepository revisions;
    private final AnnualReportKind kind;
    private final AnnualReports tables;
    private final AnnualReportFacts facts;
    private final AnnualReportSettings settings;
    private final SubmissionWorkflow workflow;
    private final ReviewPermissions permissions;
    private final InteractionPermissions interaction;
    private final ArticlePublishing articles;
    private final Units units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnualReportWriting(AnnualReportRepository reports, AnnualReportRevisionRepository revisions, AnnualReportKind kind, AnnualReports tables,
                        AnnualReportFacts facts, AnnualReportSettings settings, SubmissionWorkflow workflow, ReviewPermissions permissions,
                        InteractionPermissions interaction, ArticlePublishing articles, Units units, AuditLog audit, ApplicationEventPublisher events,
                        Clock clock) {
        this.reports = reports;
        this.revisions = revisions;
        this.kind = kind;
        this.tables = tables;
        this.facts = facts;
        this.settings = settings;
        this.workflow = workflow;
        this.permissions = permissions;
        this.interaction = interaction;
        this.articles = articles;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The report as the unit's staff, the center and supervisors see it; the platform's prefill while none is written. */
    @Transactional(readOnly = true)
    public AnnualReportView view(Actor actor, long siteId, int year, String unitCode) {
        Unit unit = unit(siteId, year, unitCode);
        if (!interaction.canSee(actor, siteId, unit.id())) {
            throw new NotAllowedException("只能查看本单位的年度报告");
        }
        AnnualReport report = reports.findByUnitIdAndYear(unit.id(), year).orElse(null);
        Long revisionId = report == null ? null : report.workingRevisionId() != null ? report.workingRevisionId() : report.liveRevisionId();
        AnnualReportContent content = revisionId == null ? prefill(unit.id(), year) : kind.content(revisionId);
        return view(actor, unit, year, report, content);
    }

    /** The published report, for the portal; 404 while it is not published. */
    @Transactional(readOnly = true)
    public AnnualReportView published(long siteId, int year, String unitCode) {
        Unit unit = units.find(siteId, unitCode == null ? "" : unitCode).orElseThrow(() -> new NotFoundException("该年度报告不存在"));
        AnnualReport report = reports.findByUnitIdAndYear(unit.id(), year).filter(r -> r.liveRevisionId() != null && r.isLive())
                .orElseThrow(() -> new NotFoundException("该年度报告尚未公开"));
        return view(null, unit, year, report, kind.content(report.liveRevisionId()));
    }

    /** Every report of the year the reader may see, with the units that have none yet (the center's overview). */
    @Transactional(readOnly = true)
    public List<AnnualReportView> list(Actor actor, long siteId, int year) {
        if (actor == null || !actor.isStaff() || actor.siteId() != siteId) {
            throw new NotAllowedException("只有工作人员可以查看年度报告");
        }
        Map<Long, AnnualReport> written = new LinkedHashMap<>();
        reports.findBySiteIdAndYear(siteId, year).forEach(report -> written.put(report.unitId(), report));
        List<AnnualReportView> views = new ArrayList<>();
        for (Unit unit : units.directory(siteId)) {
            if (interaction.canSee(actor, siteId, unit.id()) && (written.containsKey(unit.id()) || AnnualReportReminders.reports(unit))) {
                AnnualReport report = written.get(unit.id());
                views.add(new AnnualReportView(year, unit.code(), unit.name(), unit.legalName(), AnnualReportLayout.title(unit.legalName(), year), report,
                        stateLabel(report), report == null ? settings.dueOn(unit.kind(), year) : report.dueOn(), null, null, false,
                        List.of(), false, false, false, false));
            }
        }
        return views;
    }

    /**
     * Writes the report's content: the first time with {@code expectedVersion} 0 (the report is created), then with the
     * version the writer read (stale → 409). Every field is checked at once; nothing is written when one is wrong.
     */
    @Transactional
    public AnnualReport edit(Actor actor, long siteId, int year, String unitCode, long expectedVersion, AnnualReportContent given) {
        Unit unit = unit(siteId, year, unitCode);
        AnnualReport report = reports.findByUnitIdAndYear(unit.id(), year).orElse(null);
        AnnualReport subject = report != null ? report
                : new AnnualReport(siteId, unit.id(), year, settings.dueOn(unit.kind(), year), actor == null ? "" : actor.username(), clock.instant());
        if (report == null) {
            if (!kind.mayWrite(actor, subject, permissions)) {
                // Not yet a submission the workflow could audit: the refusal is recorded here the way it records its own.
                audit.recordIndependently(actor == null ? "anonymous" : actor.username(), actor == null || actor.unitCode() == null ? ""
                        : actor.unitCode(), kind.name() + ".edit", "annual-report:unit-" + unit.id() + "-" + year, AuditResult.DENIED, "");
                throw new NotAllowedException("您无权修改或报送" + kind.noun());
            }
            if (expectedVersion != 0) {
                throw new ConflictException("STALE_VERSION", kind.noun() + "已被他人修改，请刷新后重试；您的修改未保存");
            }
        } else {
            workflow.requireEditable(actor, kind, report, expectedVersion);
            if (report.articleId() != null) {
                throw new ConflictException("ALREADY_PUBLISHED", kind.noun() + "已公开，不能再修改");
            }
        }
        String content = AnnualReportKind.write(valid(given));
        if (report == null) {
            report = reports.saveAndFlush(subject);
            AnnualReportRevision revision = revisions.saveAndFlush(new AnnualReportRevision(report.id(), 1, content, actor.username(), clock.instant()));
            workflow.created(actor, kind, report, revision.id(), unit.code() + " " + year);
        } else if (report.needsNewRevision()) {
            AnnualReportRevision revision = revisions.saveAndFlush(new AnnualReportRevision(report.id(), revisions.countByAnnualReportId(report.id()) + 1,
                    content, actor.username(), clock.instant()));
            workflow.edited(actor, kind, report, revision.id(), "");
        } else {
            kind.revision(report.workingRevisionId()).rewrite(content, actor.username(), clock.instant());
            workflow.edited(actor, kind, report, report.workingRevisionId(), "");
        }
        events.publishEvent(new AnnualReportChanged(report.id(), siteId, unit.id(), year, "edit", report.state()));
        return report;
    }

    /**
     * Submits the report to the unit's leader. Table 三 must balance per column (422 BALANCE_FAILED with the failing
     * columns); it is then frozen into the report as checked, so that later requests do not change a submitted report.
     */
    @Transactional
    public AnnualReport submit(Actor actor, long siteId, int year, String unitCode) {
        Unit unit = unit(siteId, year, unitCode);
        AnnualReport report = existing(unit, year);
        workflow.requireWriter(actor, kind, report, "submit");
        if (report.workingRevisionId() != null && report.state().editable()) {
            AnnualReportRevision revision = kind.revision(report.workingRevisionId());
            AnnualReportContent content = AnnualReportKind.read(revision.content());
            RequestTable table = content.requests() != null ? new RequestTable(content.requests()) : tables.compute(unit.id(), year);
            List<String> failing = table.failingColumns();
            if (!failing.isEmpty()) {
                throw new AnnualReports.Unbalanced(failing);
            }
            revision.freeze(AnnualReportKind.write(content.withRequests(table.cells())));
        }
        workflow.submit(actor, kind, report, false);
        events.publishEvent(new AnnualReportChanged(report.id(), siteId, unit.id(), year, "submit", report.state()));
        return report;
    }

    /** The unit's leader approves (审核把关): not the person who wrote or submitted it. */
    @Transactional
    public AnnualReport approve(Actor actor, long siteId, int year, String unitCode) {
        Unit unit = unit(siteId, year, unitCode);
        AnnualReport report = existing(unit, year);
        requireAt(report, ReviewState.PENDING_LEADER, permissions.canReviewAsLeader(actor, siteId, unit.id()), "您无权审核" + kind.noun(),
                "不在单位领导审核中");
        workflow.approve(actor, kind, report);
        events.publishEvent(new AnnualReportChanged(report.id(), siteId, unit.id(), year, "approve", report.state()));
        return report;
    }

    /**
     * The center publishes the approved report: screened again by the workflow, then put in 政府信息公开年报 as an
     * article of the unit through content's screening and publication, with the report laid out with its tables.
     */
    @Transactional
    public AnnualReport publish(Actor actor, long siteId, int year, String unitCode) {
        Unit unit = unit(siteId, year, unitCode);
        AnnualReport report = existing(unit, year);
        requireAt(report, ReviewState.PENDING_CENTER, permissions.canReviewAsCenter(actor, siteId, unit.id()),
                "只有电子政务中心审核员可以发布" + kind.noun(), "须经单位领导审核后才能发布");
        workflow.approve(actor, kind, report);
        AnnualReportContent content = kind.content(report.liveRevisionId());
        String title = AnnualReportLayout.title(unit.legalName(), year);
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
        String body = "<p><a href=\"/annual-reports/" + year + "/" + unit.code() + "\">查看完整报告（含表格）及打印版</a></p>"
                + AnnualReportLayout.html(content, content.requests() == null ? tables.compute(unit.id(), year) : new RequestTable(content.requests()));
        Article article = articles.importPublished(siteId, unit.id(), new ArticleDraft(Category.ANNUAL_REPORTS.code(), title, body,
                title, "", unit.legalName(), today, null, null, null, null, unit.legalName(), "政府信息公开工作年度报告"), clock.instant(), actor.username());
        report.publishedAs(article.id());
        reports.flush();
        workflow.noted(actor, kind, report, "publish", "", "article:" + article.id());
        events.publishEvent(new AnnualReportChanged(report.id(), siteId, unit.id(), year, "publish", report.state()));
        return report;
    }

    /** The leader or the center sends it back with a written reason. */
    @Transactional
    public AnnualReport returnForChanges(Actor actor, long siteId, int year, String unitCode, String reason) {
        Unit unit = unit(siteId, year, unitCode);
        AnnualReport report = existing(unit, year);
        workflow.returnForChanges(actor, kind, report, reason);
        events.publishEvent(new AnnualReportChanged(report.id(), siteId, unit.id(), year, "return", report.state()));
        return report;
    }

    static String stateLabel(AnnualReport report) {
        if (report == null) {
            return "未填报";
        }
        return switch (report.state()) {
            case DRAFT -> "填写中";
            case PENDING_LEADER -> "待单位领导审核";
            case PENDING_CENTER -> "待中心发布";
            case PUBLISHED -> "已公开";
            default -> report.state().label();
        };
    }

    private AnnualReportView view(Actor actor, Unit unit, int year, AnnualReport report, AnnualReportContent content) {
        boolean computed = content.requests() == null;
        RequestTable requests = computed ? tables.compute(unit.id(), year) : new RequestTable(content.requests());
        AnnualReport subject = report != null ? report : new AnnualReport(unit.siteId(), unit.id(), year, settings.dueOn(unit.kind(), year), "", clock.instant());
        boolean writer = actor != null && kind.mayWrite(actor, subject, permissions);
        ReviewState state = report == null ? ReviewState.DRAFT : report.state();
        boolean editable = report == null || report.needsNewRevision() || state.editable();
        return new AnnualReportView(year, unit.code(), unit.name(), unit.legalName(), AnnualReportLayout.title(unit.legalName(), year), report, stateLabel(report),
                subject.dueOn(), content, requests, computed, report == null ? List.of() : workflow.history(kind, report.id()),
                writer && editable && state != ReviewState.PUBLISHED,
                writer && report != null && state.editable() && report.workingRevisionId() != null,
                state == ReviewState.PENDING_LEADER && permissions.canReviewAsLeader(actor, unit.siteId(), unit.id()),
                state == ReviewState.PENDING_CENTER && permissions.canReviewAsCenter(actor, unit.siteId(), unit.id()));
    }

    private AnnualReportContent prefill(long unitId, int year) {
        BigDecimal fees = facts.processingFees(unitId, year);
        return new AnnualReportContent("", facts.active(unitId, year), null, Appeals.NONE, "", "", fees);
    }

    /** The mistakes in the tables 二 and 四, by field: for a form that has other mistakes of its own to show with them. */
    public static Map<String, String> tableMistakes(AnnualReportContent content) {
        Map<String, String> errors = new LinkedHashMap<>(content.active().errors());
        errors.putAll(content.appeals().errors());
        return errors;
    }

    /** Sanitises the text and checks every cell at once (400 with each field's message, nothing written). */
    private AnnualReportContent valid(AnnualReportContent given) {
        if (given == null) {
            throw InvalidInputException.field("content", "请填写年度报告内容");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String overview = ReportText.sanitize(given.overview());
        String problems = ReportText.sanitize(given.problems());
        String other = ReportText.sanitize(given.other());
        for (var text : Map.of("overview", overview, "problems", problems, "other", other).entrySet()) {
            if (text.getValue().length() > ReportText.MAX_LENGTH) {
                errors.put(text.getKey(), "内容过长（不超过" + ReportText.MAX_LENGTH + "字）");
            }
        }
        errors.putAll(given.active().errors());
        errors.putAll(given.appeals().errors());
        BigDecimal fees = given.processingFees();
        if (fees.signum() < 0 || fees.stripTrailingZeros().scale() > 2 || fees.precision() - fees.scale() > 10) {
            errors.put("processingFees", "信息处理费应为不小于0的金额（元），最多2位小数");
        }
        if (given.requests() != null) {
            try {
                AnnualReports.requireShape(given.requests());
            } catch (InvalidInputException e) {
                errors.putAll(e.fields());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AnnualReportContent(overview, given.active(), given.requests(), given.appeals(), problems, other, fees);
    }

    /** Outside the step, a reviewer of it learns the state (409) and anyone else is refused (403). */
    private void requireAt(AnnualReport report, ReviewState step, boolean reviewer, String refusal, String notAtStep) {
        if (report.state() != step) {
            if (!reviewer) {
                throw new NotAllowedException(refusal);
            }
            throw new ConflictException("INVALID_STATE", kind.noun() + "当前状态为“" + stateLabel(report) + "”，" + notAtStep);
        }
    }

    private AnnualReport existing(Unit unit, int year) {
        return reports.findByUnitIdAndYear(unit.id(), year).orElseThrow(() -> new NotFoundException("该单位尚未填写" + year + "年度报告"));
    }

    private Unit unit(long siteId, int year, String unitCode) {
        if (year < 2008 || year > 2100) {
            throw InvalidInputException.field("year", "年度不正确");
        }
        return units.find(siteId, unitCode == null ? "" : unitCode).orElseThrow(() -> new NotFoundException("单位不存在"));
    }
}
