package org.opencounty.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.Article;
import org.opencounty.content.ArticleDraft;
import org.opencounty.content.ArticlePublishing;
import org.opencounty.content.Category;
import org.opencounty.coordination.internal.CircularRepository;
import org.opencounty.coordination.internal.CircularRevisionRepository;
import org.opencounty.coordination.internal.CircularStatements;
import org.opencounty.printing.OfficialLayout;
import org.opencounty.review.ReviewEvent;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Circulars (通报): the center's editor drafts one from the data and edits it; submits it; the center's leader approves
 * it on the review chain (the drafter cannot); an editor then issues it with the next 文号 of the year (no gaps: the
 * number is taken in the issuing transaction) either internally to the named units or all, each of which signs for
 * it, or publicly as an article in 通知公告 through content's screening and publication.
 */
@Service
public class Circulars {

    private static final int MAX_TITLE = 200;
    private static final int MAX_BODY = 20_000;

    private final CircularRepository circulars;
    private final CircularRevisionRepository revisions;
    private final CircularStatements statements;
    private final CircularKind kind;
    private final CircularDrafts drafts;
    private final SubmissionWorkflow workflow;
    private final ReviewPermissions permissions;
    private final ArticlePublishing articles;
    private final Units units;
    private final UnitAccess unitAccess;
    private final CoordinationSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Circulars(CircularRepository circulars, CircularRevisionRepository revisions, CircularStatements statements, CircularKind kind,
              CircularDrafts drafts, SubmissionWorkflow workflow, ReviewPermissions permissions, ArticlePublishing articles, Units units,
              UnitAccess unitAccess, CoordinationSettings settings, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.circulars = circulars;
        this.revisions = revisions;
        this.statements = statements;
        this.kind = kind;
        this.drafts = drafts;
        this.workflow = workflow;
        this.permissions = permissions;
        this.articles = articles;
        this.units = units;
        this.unitAccess = unitAccess;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What happened to a circular, for listeners. */
    public record CircularChanged(long siteId, long circularId, String action, String by) {
    }

    /** The center's editors and administrators draft and issue circulars. */
    public static boolean mayDraft(Actor actor, long siteId) {
        return actor != null && actor.siteId() == siteId && actor.unitId() != null && CircularKind.drafter(actor);
    }

    /** Where a draft comes from: a task, an assessment year, a supervision quarter (2026Q3), or an inspection round. */
    public record DraftSource(Long task, Integer assessment, String supervisionQuarter, Long inspection) {
    }

    @Transactional
    public Circular draft(Actor actor, DraftSource from) {
        if (!mayDraft(actor, actor == null ? -1 : actor.siteId())) {
            throw denied(actor, "circular.create", "site");
        }
        CircularDrafts.Draft draft;
        if (from == null || (from.task() == null && from.assessment() == null && from.supervisionQuarter() == null && from.inspection() == null)) {
            throw InvalidInputException.field("from", "请说明通报依据：task、inspection、assessment 或 supervisionQuarter");
        } else if (from.task() != null) {
            draft = drafts.fromTask(actor, from.task());
        } else if (from.assessment() != null) {
            draft = drafts.fromAssessment(actor, from.assessment());
        } else if (from.supervisionQuarter() != null) {
            draft = drafts.fromSupervisionQuarter(actor, from.supervisionQuarter());
        } else {
            draft = drafts.fromInspection(actor, from.inspection());
        }
        Circular circular = circulars.saveAndFlush(new Circular(actor.siteId(), actor.unitId(), draft.source(), actor.username(), clock.instant()));
        CircularRevision revision = revisions.saveAndFlush(new CircularRevision(circular.id(), 1, draft.title(), draft.body(), actor.username(), clock.instant()));
        workflow.created(actor, kind, circular, revision.id(), draft.source());
        events.publishEvent(new CircularChanged(circular.siteId(), circular.id(), "create", actor.username()));
        return circular;
    }

    @Transactional
    public Circular edit(Actor actor, long id, String title, String body, long expectedVersion) {
        Circular circular = load(actor, id);
        workflow.requireEditable(actor, kind, circular, expectedVersion);
        requireNotIssued(circular);
        Map<String, String> errors = new LinkedHashMap<>();
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            errors.put("title", "请填写标题（不超过" + MAX_TITLE + "字）");
        }
        if (b.isEmpty() || b.length() > MAX_BODY) {
            errors.put("body", "请填写正文（不超过" + MAX_BODY + "字）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (circular.needsNewRevision()) {
            CircularRevision revision = revisions.saveAndFlush(new CircularRevision(circular.id(), revisions.countByCircularId(circular.id()) + 1,
                    t, b, actor.username(), clock.instant()));
            workflow.edited(actor, kind, circular, revision.id(), "");
        } else {
            kind.revision(circular.workingRevisionId()).rewrite(t, b, actor.username(), clock.instant());
            workflow.edited(actor, kind, circular, circular.workingRevisionId(), "");
        }
        return circular;
    }

    @Transactional
    public Circular submit(Actor actor, long id) {
        Circular circular = load(actor, id);
        workflow.submit(actor, kind, circular, false);
        events.publishEvent(new CircularChanged(circular.siteId(), id, "submit", actor.username()));
        return circular;
    }

    /** The center's leader approves; the drafter and whoever submitted it cannot. */
    @Transactional
    public Circular approve(Actor actor, long id) {
        Circular circular = load(actor, id);
        if (circular.state() != ReviewState.PENDING_LEADER) {
            if (!permissions.canReviewAsLeader(actor, circular.siteId(), circular.unitId())) {
                throw denied(actor, "circular.review", circular.submission().target());
            }
            throw new ConflictException("INVALID_STATE", "该通报当前状态为“" + stateLabel(circular) + "”，不在审批中");
        }
        workflow.approve(actor, kind, circular);
        events.publishEvent(new CircularChanged(circular.siteId(), id, "approve", actor.username()));
        return circular;
    }

    @Transactional
    public Circular returnForChanges(Actor actor, long id, String reason) {
        Circular circular = load(actor, id);
        requireNotIssued(circular);
        workflow.returnForChanges(actor, kind, circular, reason);
        events.publishEvent(new CircularChanged(circular.siteId(), id, "return", actor.username()));
        return circular;
    }

    /**
     * Issues an approved circular with the next 文号 of the year: internally to the units named (all the site's units
     * but the county itself when none are), or publicly as an article in 通知公告.
     */
    @Transactional
    public Circular issue(Actor actor, long id, Circular.Audience audience, List<String> unitCodes) {
        Circular circular = load(actor, id);
        if (!mayDraft(actor, circular.siteId())) {
            throw denied(actor, "circular.issue", circular.submission().target());
        }
        requireNotIssued(circular);
        if (circular.state() != ReviewState.PENDING_CENTER) {
            throw new ConflictException("NOT_APPROVED", "通报须经中心领导审批后才能印发");
        }
        if (audience == null) {
            throw InvalidInputException.field("audience", "印发范围应为 INTERNAL（内部）或 PUBLIC（公开）");
        }
        List<Unit> recipients = List.of();
        if (audience == Circular.Audience.INTERNAL) {
            recipients = recipients(circular.siteId(), unitCodes == null ? List.of() : unitCodes);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
        int sequence = statements.nextSequence(circular.siteId(), today.getYear());
        String number = settings.circularPrefix() + "〔" + today.getYear() + "〕" + sequence + "号";
        circular.issue(number, today.getYear(), sequence, audience, actor.username(), clock.instant());
        CircularRevision revision = kind.revision(circular.workingRevisionId());
        if (audience == Circular.Audience.PUBLIC) {
            Unit issuer = units.byId(circular.unitId()).orElseThrow();
            Article article = articles.importPublished(circular.siteId(), circular.unitId(), new ArticleDraft(Category.NOTICES.code(),
                    revision.title(), bodyHtml(revision.body()), "", number, issuer.legalName(), today, null, null, null, null,
                    issuer.name(), "通报"), clock.instant(), actor.username());
            circular.publishedAs(article.id());
        } else {
            statements.address(circular.id(), recipients.stream().map(Unit::id).toList());
        }
        circulars.flush();
        workflow.noted(actor, kind, circular, "issue", "", number + " " + (audience == Circular.Audience.PUBLIC ? "公开发布" : "内部印发 "
                + recipients.size() + " 个单位"));
        events.publishEvent(new CircularChanged(circular.siteId(), id, "issue", actor.username()));
        return circular;
    }

    /** A unit the circular went to signs for it (签收), once; the time is kept. */
    @Transactional
    public Circular sign(Actor actor, long id) {
        Circular circular = load(actor, id);
        if (actor == null || !actor.isStaff() || !circular.issued() || circular.audience() != Circular.Audience.INTERNAL
                || statements.recipients(id).stream().noneMatch(r -> r.unitId() == actor.unitId())) {
            throw denied(actor, "circular.sign", circular.submission().target());
        }
        if (statements.sign(id, actor.unitId(), actor.username(), clock.instant())) {
            audit.record(actor, "circular.sign", circular.submission().target(), AuditResult.SUCCESS, actor.unitName());
            events.publishEvent(new CircularChanged(circular.siteId(), id, "sign", actor.username()));
        }
        return circular;
    }

    @Transactional(readOnly = true)
    public CircularView view(Actor actor, long id) {
        load(actor, id);
        return views(actor, List.of(id)).get(0);
    }

    /**
     * Page {@code page} of the circulars the reader sees, newest first: all of the site for the center, else those issued
     * to the reader's units. Chosen, counted and cut in SQL; only the page's circulars are read, all at once.
     */
    @Transactional(readOnly = true)
    public PageOf<CircularView> list(Actor actor, int page, int size) {
        requireStaff(actor);
        List<Long> scope = actor.isCenterWide() ? null : unitAccess.subtree(actor.siteId(), actor.unitId());
        int number = PageOf.clampPage(page);
        List<Long> ids = statements.listedPage(actor.siteId(), scope, (long) (number - 1) * size, size);
        return new PageOf<>(statements.listedCount(actor.siteId(), scope), number, size, views(actor, ids));
    }

    /** The issued circulars the reader's unit has not signed for, newest first: all counted, the first {@code shown} read. */
    @Transactional(readOnly = true)
    public PageOf<CircularView> unsigned(Actor actor, int shown) {
        if (actor == null || !actor.isStaff() || actor.unitId() == null) {
            return new PageOf<>(0, 1, shown, List.of());
        }
        List<Long> ids = statements.unsigned(List.of(actor.unitId())).stream().map(pair -> pair[0]).toList();
        return new PageOf<>(ids.size(), 1, shown, views(actor, ids.subList(0, Math.min(shown, ids.size()))));
    }

    /**
     * The circulars as the reader sees them, in the order given, built in a fixed number of statements however many
     * there are (a list's page). The caller has checked that the reader sees them.
     */
    private List<CircularView> views(Actor actor, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Circular> byId = circulars.findAllById(ids).stream().collect(Collectors.toMap(Circular::id, Function.identity()));
        Map<Long, CircularRevision> texts = revisions.findAllById(byId.values().stream().map(Circulars::shownRevision).toList()).stream()
                .collect(Collectors.toMap(CircularRevision::id, Function.identity()));
        Map<Long, Unit> directory = units.directory(actor.siteId()).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, List<CircularStatements.Recipient>> recipientsById = statements.recipients(ids);
        Map<Long, List<ReviewEvent>> histories = workflow.histories(kind, ids);
        boolean center = actor.isCenterWide();
        Set<Long> mine = center ? Set.of() : new HashSet<>(unitAccess.subtree(actor.siteId(), actor.unitId()));
        return ids.stream().map(id -> {
            Circular circular = byId.get(id);
            CircularRevision revision = texts.get(shownRevision(circular));
            List<CircularStatements.Recipient> recipients = recipientsById.getOrDefault(id, List.of());
            List<CircularView.Signature> signatures = recipients.stream().filter(r -> center || mine.contains(r.unitId()))
                    .map(r -> new CircularView.Signature(directory.get(r.unitId()).code(), directory.get(r.unitId()).name(), r.signedAt(), r.signedBy()))
                    .toList();
            boolean drafter = mayDraft(actor, circular.siteId());
            return new CircularView(circular, revision.title(), revision.body(), stateLabel(circular), signatures, histories.getOrDefault(id, List.of()),
                    drafter && !circular.issued() && (circular.needsNewRevision() || circular.state().editable()),
                    circular.state() == ReviewState.PENDING_LEADER && permissions.canReviewAsLeader(actor, circular.siteId(), circular.unitId()),
                    drafter && !circular.issued() && circular.state() == ReviewState.PENDING_CENTER,
                    circular.issued() && recipients.stream().anyMatch(r -> r.unitId() == actor.unitId() && r.signedAt() == null));
        }).toList();
    }

    /** The revision shown: the working one while drafted, else the approved one. */
    private static Long shownRevision(Circular circular) {
        return circular.workingRevisionId() != null ? circular.workingRevisionId() : circular.liveRevisionId();
    }

    /** The circular laid out as an official document (GB/T 9704-2012) for the print view and the PDF. */
    @Transactional(readOnly = true)
    public OfficialLayout layout(Actor actor, long id) {
        CircularView view = view(actor, id);
        Circular circular = view.circular();
        Unit issuer = units.byId(circular.unitId()).orElseThrow();
        LocalDate date = LocalDate.ofInstant(circular.issued() ? circular.issuedAt() : clock.instant(), TimeConfiguration.CHINA);
        String recipients = circular.audience() == Circular.Audience.PUBLIC ? null
                : view.recipients().isEmpty() ? "各乡（镇）、农牧场区，县直各部门" : view.recipients().stream().map(CircularView.Signature::unitName)
                .collect(Collectors.joining("、"));
        return new OfficialLayout(issuer.legalName(), circular.number(), null, null, view.title(), recipients, bodyHtml(view.body()), List.of(),
                issuer.legalName(), date, null, null, null);
    }

    /** The body's paragraphs as the HTML the print view and the article take: escaped, one paragraph each. */
    static String bodyHtml(String body) {
        return body.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> "<p>" + HtmlUtils.htmlEscape(line) + "</p>").collect(Collectors.joining());
    }

    static String stateLabel(Circular circular) {
        if (circular.issued()) {
            return circular.audience() == Circular.Audience.PUBLIC ? "已公开发布" : "已印发";
        }
        return switch (circular.state()) {
            case DRAFT -> "草稿";
            case PENDING_LEADER -> "待中心领导审批";
            case PENDING_CENTER -> "已审批，待印发";
            case RETURNED -> "已退回";
            default -> circular.state().label();
        };
    }

    private List<Unit> recipients(long siteId, List<String> codes) {
        if (codes.isEmpty()) {
            return units.directory(siteId).stream().filter(unit -> unit.kind() != UnitKind.COUNTY).toList();
        }
        List<String> unknown = codes.stream().filter(code -> units.find(siteId, code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.field("units", "没有这些单位：" + String.join("、", unknown));
        }
        return codes.stream().distinct().map(code -> units.get(siteId, code)).toList();
    }

    private static void requireNotIssued(Circular circular) {
        if (circular.issued()) {
            throw new ConflictException("ALREADY_ISSUED", "该通报已印发（" + circular.number() + "），不能再修改");
        }
    }

    private Circular load(Actor actor, long id) {
        requireStaff(actor);
        Circular circular = circulars.findById(id).filter(c -> c.siteId() == actor.siteId())
                .orElseThrow(() -> new NotFoundException("该通报不存在"));
        if (!actor.isCenterWide() && !permissions.canReviewAsLeader(actor, circular.siteId(), circular.unitId())) {
            // The reader's units read once: a circular to all 300 units would else walk the tree once a recipient.
            Set<Long> mine = circular.issued() && actor.unitId() != null ? new HashSet<>(unitAccess.subtree(actor.siteId(), actor.unitId())) : Set.of();
            boolean addressed = circular.issued() && statements.recipients(id).stream().anyMatch(r -> mine.contains(r.unitId()));
            if (!addressed && !(circular.issued() && circular.audience() == Circular.Audience.PUBLIC)) {
                throw new NotAllowedException("您无权查看该通报");
            }
        }
        return circular;
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看通报");
        }
    }

    private NotAllowedException denied(Actor actor, String action, String target) {
        audit.recordIndependently(actor == null ? "anonymous" : actor.username(), actor == null || actor.unitCode() == null ? "" : actor.unitCode(),
                action, target, AuditResult.DENIED, "");
        return new NotAllowedException("您无权执行该通报操作");
    }
}
