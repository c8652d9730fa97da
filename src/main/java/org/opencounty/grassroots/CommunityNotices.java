package org.opencounty.grassroots;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.internal.CommunityNoticeRepository;
import org.opencounty.grassroots.internal.CommunityNoticeRevisionRepository;
import org.opencounty.review.ReviewEvent;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.review.ReviewSubject;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community notices (社区通知): the community's information officer writes and submits, its director approves, its
 * township's reviewer publishes (ADR 0020) — the one workflow's steps, screened at submission and publication, each in
 * the notice's history and the audit log. The community's page shows the live ones, newest first.
 */
@Service
public class CommunityNotices {

    /** What happened to a community notice, published in the changing transaction. */
    public record Changed(long siteId, long noticeId, String community, String action, String by) {
    }

    private static final int MAX_TITLE = 200;
    private static final int MAX_BODY = 10_000;

    private final CommunityNoticeRepository notices;
    private final CommunityNoticeRevisionRepository revisions;
    private final CommunityNoticeKind kind;
    private final CommunityPlatform platform;
    private final SubmissionWorkflow workflow;
    private final ReviewPermissions permissions;
    private final Units units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommunityNotices(CommunityNoticeRepository notices, CommunityNoticeRevisionRepository revisions, CommunityNoticeKind kind,
                     CommunityPlatform platform, SubmissionWorkflow workflow, ReviewPermissions permissions, Units units, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.revisions = revisions;
        this.kind = kind;
        this.platform = platform;
        this.workflow = workflow;
        this.permissions = permissions;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A new notice by the community's officer, as a draft. */
    @Transactional
    public CommunityNotice create(Actor actor, long siteId, String communityCode, String title, String body) {
        Unit community = platform.community(siteId, communityCode);
        if (!permissions.canWrite(actor, siteId, community.id())) {
            audit.recordIndependently(AuditedActor.name(actor), AuditedActor.unit(actor),
                    "community.notice.create", "unit:" + community.code(), AuditResult.DENIED, "");
            throw new NotAllowedException("只有本社区信息员可以撰写社区通知");
        }
        Text text = check(title, body);
        CommunityNotice notice = notices.save(new CommunityNotice(siteId, community.id(), actor.username(), clock.instant()));
        CommunityNoticeRevision revision = new CommunityNoticeRevision(notice.id(), 1, actor.username(), clock.instant());
        revision.rewrite(text.title(), text.body(), actor.username(), clock.instant());
        revisions.save(revision);
        workflow.created(actor, kind, notice, revision.id(), "");
        events.publishEvent(new Changed(siteId, notice.id(), community.code(), "create", actor.username()));
        return notice;
    }

    /** Rewrites the draft (or returned) revision, or starts a new one after publication; stale → 409, in review → 409. */
    @Transactional
    public CommunityNotice edit(Actor actor, long siteId, long id, String title, String body, long expectedVersion) {
        CommunityNotice notice = get(siteId, id);
        workflow.requireEditable(actor, kind, notice, expectedVersion);
        Text text = check(title, body);
        CommunityNoticeRevision revision = notice.needsNewRevision()
                ? revisions.save(new CommunityNoticeRevision(id, revisions.lastNumber(id) + 1, actor.username(), clock.instant()))
                : kind.revision(notice.workingRevisionId());
        revision.rewrite(text.title(), text.body(), actor.username(), clock.instant());
        workflow.edited(actor, kind, notice, revision.id(), "");
        events.publishEvent(new Changed(siteId, id, code(notice), "edit", actor.username()));
        return notice;
    }

    @Transactional
    public CommunityNotice submit(Actor actor, long siteId, long id) {
        CommunityNotice notice = get(siteId, id);
        workflow.submit(actor, kind, notice, false);
        events.publishEvent(new Changed(siteId, id, code(notice), "submit", actor.username()));
        return notice;
    }

    /** The director's approval, or the township's publication: whichever step the notice stands at. */
    @Transactional
    public CommunityNotice approve(Actor actor, long siteId, long id) {
        CommunityNotice notice = get(siteId, id);
        ReviewState before = workflow.approve(actor, kind, notice);
        events.publishEvent(new Changed(siteId, id, code(notice), before == ReviewState.PENDING_LEADER ? "approve" : "publish",
                actor.username()));
        return notice;
    }

    @Transactional
    public CommunityNotice returnForChanges(Actor actor, long siteId, long id, String reason) {
        CommunityNotice notice = get(siteId, id);
        workflow.returnForChanges(actor, kind, notice, reason);
        events.publishEvent(new Changed(siteId, id, code(notice), "return", actor.username()));
        return notice;
    }

    /** Takes a published notice off the community's page with a written reason (its director or township). */
    @Transactional
    public CommunityNotice withdraw(Actor actor, long siteId, long id, String reason) {
        CommunityNotice notice = get(siteId, id);
        workflow.withdraw(actor, kind, notice, reason);
        events.publishEvent(new Changed(siteId, id, code(notice), "withdraw", actor.username()));
        return notice;
    }

    /** Page {@code page} of the live notices, newest first, counted and cut in the database. */
    @Transactional(readOnly = true)
    public PageOf<CommunityNoticeView> published(long siteId, String communityCode, int page, int size) {
        Unit community = platform.community(siteId, communityCode);
        return views(PageOf.of(notices.publishedOf(community.id(), PageRequest.of(PageOf.clampPage(page) - 1, size))), community,
                CommunityNotice::liveRevisionId);
    }

    /** Page {@code page} of every notice of the community, newest first, for its staff and its township. */
    @Transactional(readOnly = true)
    public PageOf<CommunityNoticeView> all(Actor actor, long siteId, String communityCode, int page, int size) {
        Unit community = platform.community(siteId, communityCode);
        requireSeen(actor, community);
        return views(PageOf.of(notices.ofUnit(community.id(), PageRequest.of(PageOf.clampPage(page) - 1, size))), community, this::shown);
    }

    /** The page's notices with the revisions they show, read in one statement. */
    private PageOf<CommunityNoticeView> views(PageOf<CommunityNotice> page, Unit community, Function<CommunityNotice, Long> revisionOf) {
        Map<Long, CommunityNoticeRevision> shown = new HashMap<>();
        revisions.findAllById(page.items().stream().map(revisionOf).filter(Objects::nonNull).toList())
                .forEach(revision -> shown.put(revision.id(), revision));
        return page.map(n -> view(n, community, shown.get(revisionOf.apply(n))));
    }

    /** One live notice as the public reads it; a draft, one in review or withdrawn is not found. */
    @Transactional(readOnly = true)
    public CommunityNoticeView live(long siteId, long id) {
        CommunityNotice notice = get(siteId, id);
        if (!notice.isLive()) {
            throw new NotFoundException("没有编号为 " + id + " 的社区通知");
        }
        return view(notice, units.byId(notice.unitId()).orElseThrow(), notice.liveRevisionId());
    }

    /** Whether the actor reads the community's notices in every state (its staff and its township). */
    @Transactional(readOnly = true)
    public boolean seesAll(Actor actor, long siteId, long id) {
        return actor != null && platform.canSee(actor, units.byId(get(siteId, id).unitId()).orElseThrow());
    }

    /** Every notice of the community, for its staff and its township (the back office). */
    @Transactional(readOnly = true)
    public List<CommunityNoticeView> all(Actor actor, long siteId, String communityCode) {
        Unit community = platform.community(siteId, communityCode);
        requireSeen(actor, community);
        return notices.ofUnit(community.id()).stream().map(n -> view(n, community, shown(n))).toList();
    }

    @Transactional(readOnly = true)
    public CommunityNoticeView view(Actor actor, long siteId, long id) {
        CommunityNotice notice = get(siteId, id);
        Unit community = units.byId(notice.unitId()).orElseThrow();
        requireSeen(actor, community);
        return view(notice, community, shown(notice));
    }

    @Transactional(readOnly = true)
    public List<ReviewEvent> history(Actor actor, long siteId, long id) {
        view(actor, siteId, id);
        return workflow.history(kind, id);
    }

    /**
     * The notices in review that wait for the actor's approval, community by community in the directory's order, newest
     * first within each: the communities' units, the candidates and their texts in a fixed number of statements, the
     * steps then worked out on what this transaction holds.
     */
    @Transactional(readOnly = true)
    public List<CommunityNoticeView> waitingFor(Actor actor) {
        List<Unit> communities = platform.communitiesSeenBy(actor);
        if (communities.isEmpty()) {
            return List.of();
        }
        long siteId = actor.siteId();
        List<Long> ids = communities.stream().map(Unit::id).toList();
        List<Long> leader = ids.stream().filter(id -> permissions.canReviewAsLeader(actor, siteId, id)).toList();
        List<Long> center = ids.stream().filter(id -> permissions.canReviewAsCenter(actor, siteId, id)).toList();
        if (leader.isEmpty() && center.isEmpty()) {
            return List.of();
        }
        List<CommunityNotice> found = notices.waiting(ids, orNone(leader), orNone(center), ReviewState.PENDING_LEADER,
                ReviewState.PENDING_CENTER);
        Map<Long, CommunityNoticeRevision> texts = new HashMap<>();
        revisions.findAllById(found.stream().map(this::shown).filter(Objects::nonNull).toList()).forEach(r -> texts.put(r.id(), r));
        Map<Long, Unit> byId = new HashMap<>();
        communities.forEach(c -> byId.put(c.id(), c));
        return found.stream().sorted(Comparator.comparingInt(n -> ids.indexOf(n.unitId())))
                .filter(n -> steps(actor, siteId, n.id()).contains("approve"))
                .map(n -> view(n, byId.get(n.unitId()), texts.get(shown(n)))).toList();
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** The steps the actor may take on the notice now, for the page's buttons (the methods check again). */
    @Transactional(readOnly = true)
    public Set<String> steps(Actor actor, long siteId, long id) {
        CommunityNotice notice = get(siteId, id);
        Set<String> steps = new LinkedHashSet<>();
        ReviewState state = notice.state();
        boolean writer = permissions.canWrite(actor, siteId, notice.unitId());
        if (writer && (state.editable() || notice.needsNewRevision())) {
            steps.add("edit");
        }
        if (writer && state.editable() && notice.workingRevisionId() != null) {
            steps.add("submit");
        }
        if (state.inReview() && permissions.canReviewAt(actor, new ReviewSubject(kind.name(), "community-notice:" + id, kind.noun(), siteId,
                notice.unitId(), state))) {
            steps.add("approve");
            steps.add("return");
        }
        if (notice.isLive() && permissions.canWithdraw(actor, siteId, notice.unitId())) {
            steps.add("withdraw");
        }
        return steps;
    }

    private void requireSeen(Actor actor, Unit community) {
        if (!platform.canSee(actor, community)) {
            throw new NotAllowedException("只有本社区工作人员和所属乡镇可以查看");
        }
    }

    private Long shown(CommunityNotice notice) {
        if (notice.workingRevisionId() != null) {
            return notice.workingRevisionId();
        }
        if (notice.liveRevisionId() != null) {
            return notice.liveRevisionId();
        }
        return revisions.findFirstByNoticeIdOrderByNumberDesc(notice.id()).map(CommunityNoticeRevision::id).orElse(null);
    }

    private CommunityNoticeView view(CommunityNotice notice, Unit community, Long revisionId) {
        return view(notice, community, revisionId == null ? null : kind.revision(revisionId));
    }

    private static CommunityNoticeView view(CommunityNotice notice, Unit community, CommunityNoticeRevision revision) {
        return new CommunityNoticeView(notice.id(), community.code(), community.name(), revision == null ? "" : revision.title(),
                revision == null ? "" : revision.body(), notice.state(), notice.publishedAt(), notice.updatedAt(), notice.withdrawReason(),
                notice.version());
    }

    CommunityNotice get(long siteId, long id) {
        return notices.findById(id).filter(n -> n.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的社区通知"));
    }

    private String code(CommunityNotice notice) {
        return units.byId(notice.unitId()).map(Unit::code).orElse("");
    }

    private static Text check(String title, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            errors.put("title", "请填写标题（不超过" + MAX_TITLE + "字）");
        }
        if (b.isEmpty() || b.length() > MAX_BODY) {
            errors.put("body", "请填写通知内容（不超过" + MAX_BODY + "字）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Text(t, b);
    }

    private record Text(String title, String body) {
    }
}
