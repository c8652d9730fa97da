package org.opencounty.grassroots;

import java.time.Clock;
import java.time.LocalDate;
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
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.grassroots.internal.GrassrootsJson;
import org.opencounty.grassroots.internal.VillageDisclosureRepository;
import org.opencounty.grassroots.internal.VillageDisclosureRevisionRepository;
import org.opencounty.review.ReviewHistory;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reviewing village disclosures (村务公开). The village's information officer writes and submits; for finance
 * and subsidy lists a member of the village's 村务监督委员会 (VILLAGE_MONITOR, not among the writers) checks; the village's
 * director (UNIT_LEADER) approves; the township's reviewer publishes (ADR 0020). Every step is the one workflow's, with
 * its history and audit; the check is recorded in the same history as {@code check}.
 */
@Service
public class VillageDisclosures {

    private static final int MAX_TITLE = 200;
    private static final int MAX_BODY = 20_000;

    private final VillageDisclosureRepository disclosures;
    private final VillageDisclosureRevisionRepository revisions;
    private final VillageDisclosureKind kind;
    private final SubmissionWorkflow workflow;
    private final ReviewPermissions permissions;
    private final ReviewHistory history;
    private final Units units;
    private final GrassrootsJson json;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VillageDisclosures(VillageDisclosureRepository disclosures, VillageDisclosureRevisionRepository revisions, VillageDisclosureKind kind,
                       SubmissionWorkflow workflow, ReviewPermissions permissions, ReviewHistory history, Units units,
                       GrassrootsJson json, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.disclosures = disclosures;
        this.revisions = revisions;
        this.kind = kind;
        this.workflow = workflow;
        this.permissions = permissions;
        this.history = history;
        this.units = units;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A new disclosure written by the village's officer, as a draft; everything is checked before anything is saved. */
    @Transactional
    public VillageDisclosure create(Actor actor, long siteId, VillageDraft draft) {
        Unit village = village(siteId, draft.village());
        if (!permissions.canWrite(actor, siteId, village.id())) {
            audit.recordIndependently(AuditedActor.name(actor), AuditedActor.unit(actor),
                    "village.disclosure.create", "unit:" + village.code(), AuditResult.DENIED, "");
            throw new NotAllowedException("只有本村信息员可以撰写本村的村务公开");
        }
        Checked checked = check(draft, village.name());
        VillageDisclosure disclosure = disclosures.save(new VillageDisclosure(siteId, village.id(), draft.category(), checked.period(),
                checked.period().kind() == DisclosurePeriod.Kind.EVENT, actor.username(), clock.instant()));
        VillageDisclosureRevision revision = new VillageDisclosureRevision(disclosure.id(), 1, actor.username(), clock.instant());
        checked.writeInto(revision, actor.username(), clock.instant());
        revisions.save(revision);
        workflow.created(actor, kind, disclosure, revision.id(), draft.category().label() + " " + checked.period().label());
        events.publishEvent(new VillageDisclosureEvents.Written(siteId, disclosure.id(), village.code(), actor.username()));
        return disclosure;
    }

    /** Rewrites the working revision (or starts a new one after publication); stale → 409, in review → 409. */
    @Transactional
    public VillageDisclosure edit(Actor actor, long siteId, long id, VillageDraft draft, long expectedVersion) {
        VillageDisclosure disclosure = get(siteId, id);
        workflow.requireEditable(actor, kind, disclosure, expectedVersion);
        if (draft.category() != null && draft.category() != disclosure.category()) {
            throw InvalidInputException.field("category", "公开类别不能更改；请另行新建");
        }
        Unit village = units.byId(disclosure.unitId()).orElseThrow();
        Checked checked = check(new VillageDraft(village.code(), disclosure.category(), draft.period(), draft.title(), draft.body(),
                draft.finance(), draft.subsidies()), village.name());
        VillageDisclosureRevision revision;
        if (disclosure.needsNewRevision()) {
            revision = revisions.save(new VillageDisclosureRevision(disclosure.id(), revisions.lastNumber(disclosure.id()) + 1, actor.username(), clock.instant()));
        } else {
            revision = kind.revision(disclosure.workingRevisionId());
        }
        checked.writeInto(revision, actor.username(), clock.instant());
        disclosure.cover(checked.period(), checked.period().kind() == DisclosurePeriod.Kind.EVENT);
        workflow.edited(actor, kind, disclosure, revision.id(), "");
        events.publishEvent(new VillageDisclosureEvents.Written(siteId, id, villageCode(disclosure), actor.username()));
        return disclosure;
    }

    @Transactional
    public VillageDisclosure submit(Actor actor, long siteId, long id) {
        VillageDisclosure disclosure = get(siteId, id);
        if (disclosure.workingRevisionId() != null) {
            kind.revision(disclosure.workingRevisionId()).uncheck();
        }
        workflow.submit(actor, kind, disclosure, false);
        events.publishEvent(new VillageDisclosureEvents.Submitted(siteId, id, villageCode(disclosure), actor.username()));
        return disclosure;
    }

    /**
     * The 村务监督委员会's check of the money (民主理财): by a VILLAGE_MONITOR of the village, while the disclosure waits for
     * the director, by nobody who wrote or submitted it.
     */
    @Transactional
    public VillageDisclosure check(Actor actor, long siteId, long id) {
        VillageDisclosure disclosure = get(siteId, id);
        if (actor == null || !actor.has(Role.VILLAGE_MONITOR) || actor.siteId() != siteId || !disclosure.unitId().equals(actor.unitId())) {
            audit.recordIndependently(AuditedActor.name(actor), AuditedActor.unit(actor),
                    "village.disclosure.check", "village-disclosure:" + id, AuditResult.DENIED, disclosure.state().name());
            throw new NotAllowedException("只有本村村务监督委员会成员可以审核");
        }
        if (!disclosure.category().needsMonitorCheck()) {
            throw new ConflictException("NO_CHECK_NEEDED", "只有财务收支和补贴名单需要村务监督委员会审核");
        }
        if (disclosure.state() != ReviewState.PENDING_LEADER) {
            throw new ConflictException("INVALID_STATE", "该村务公开当前状态为“" + disclosure.state().label() + "”，不在待审核中");
        }
        VillageDisclosureRevision revision = kind.revision(disclosure.workingRevisionId());
        if (history.contributors(kind, revision.id()).contains(actor.username())) {
            throw new NotAllowedStep("SELF_APPROVAL", "不能审核自己撰写或报送的内容");
        }
        if (revision.checkedBy() != null) {
            throw new ConflictException("ALREADY_CHECKED", "已由 " + revision.checkedBy() + " 审核");
        }
        revision.checked(actor.username(), clock.instant());
        workflow.noted(actor, kind, disclosure, "check", "", "村务监督委员会审核通过");
        events.publishEvent(new VillageDisclosureEvents.Checked(siteId, id, villageCode(disclosure), actor.username()));
        return disclosure;
    }

    /**
     * The director's approval (after the monitor's check where money is shown; 409 NOT_CHECKED before), or the township's
     * publication: whichever step the disclosure stands at.
     */
    @Transactional
    public VillageDisclosure approve(Actor actor, long siteId, long id) {
        VillageDisclosure disclosure = get(siteId, id);
        if (disclosure.state() == ReviewState.PENDING_LEADER && disclosure.category().needsMonitorCheck()
                && permissions.canReviewAsLeader(actor, siteId, disclosure.unitId())) {
            VillageDisclosureRevision revision = kind.revision(disclosure.workingRevisionId());
            if (revision.checkedBy() == null) {
                throw new ConflictException("NOT_CHECKED", "须先经村务监督委员会审核，再由村委会主任审核");
            }
            if (revision.checkedBy().equals(actor.username())) {
                throw new NotAllowedStep("SAME_REVIEWER", "村务监督委员会审核与主任审核须由不同的人进行");
            }
        }
        ReviewState before = workflow.approve(actor, kind, disclosure);
        events.publishEvent(before == ReviewState.PENDING_LEADER
                ? new VillageDisclosureEvents.ApprovedByLeader(siteId, id, villageCode(disclosure), actor.username())
                : new VillageDisclosureEvents.Published(siteId, id, villageCode(disclosure), actor.username()));
        return disclosure;
    }

    @Transactional
    public VillageDisclosure returnForChanges(Actor actor, long siteId, long id, String reason) {
        VillageDisclosure disclosure = get(siteId, id);
        String why = workflow.returnForChanges(actor, kind, disclosure, reason);
        events.publishEvent(new VillageDisclosureEvents.Returned(siteId, id, villageCode(disclosure), actor.username(), why));
        return disclosure;
    }

    @Transactional
    public VillageDisclosure withdraw(Actor actor, long siteId, long id, String reason) {
        VillageDisclosure disclosure = get(siteId, id);
        String why = workflow.withdraw(actor, kind, disclosure, reason);
        events.publishEvent(new VillageDisclosureEvents.Withdrawn(siteId, id, villageCode(disclosure), actor.username(), why));
        return disclosure;
    }

    /** The steps the actor may take on the disclosure now, for the page's buttons (the methods check again). */
    @Transactional(readOnly = true)
    public java.util.Set<String> steps(Actor actor, long siteId, long id) {
        VillageDisclosure disclosure = get(siteId, id);
        java.util.Set<String> steps = new java.util.LinkedHashSet<>();
        ReviewState state = disclosure.state();
        if (permissions.canWrite(actor, siteId, disclosure.unitId()) && state.editable() && disclosure.workingRevisionId() != null) {
            // Changed on its page (or through the API) before it is approved.
            steps.add("edit");
            steps.add("submit");
        }
        boolean checked = disclosure.workingRevisionId() != null && kind.revision(disclosure.workingRevisionId()).checkedBy() != null;
        if (state == ReviewState.PENDING_LEADER && disclosure.category().needsMonitorCheck() && !checked && actor != null
                && actor.has(Role.VILLAGE_MONITOR) && disclosure.unitId().equals(actor.unitId())) {
            steps.add("check");
        }
        if (state.inReview() && permissions.canReviewAt(actor, new org.opencounty.review.ReviewSubject(VillageDisclosureKind.NAMES.name(),
                "village-disclosure:" + id, VillageDisclosureKind.NAMES.noun(), siteId, disclosure.unitId(), state))) {
            if (state != ReviewState.PENDING_LEADER || checked || !disclosure.category().needsMonitorCheck()) {
                steps.add("approve");
            }
            steps.add("return");
        }
        // Taking a published disclosure down is the director's or the township's, with a reason kept in its history.
        if (disclosure.isLive() && permissions.canWithdraw(actor, siteId, disclosure.unitId())) {
            steps.add("withdraw");
        }
        return steps;
    }

    VillageDisclosure get(long siteId, long id) {
        return disclosures.findById(id).filter(d -> d.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的村务公开"));
    }

    private String villageCode(VillageDisclosure disclosure) {
        return units.byId(disclosure.unitId()).map(Unit::code).orElse("");
    }

    private Unit village(long siteId, String code) {
        Unit unit = code == null ? null : units.find(siteId, code.strip()).orElse(null);
        if (unit == null || unit.kind() != UnitKind.VILLAGE) {
            throw InvalidInputException.field("village", "请选择行政村");
        }
        return unit;
    }

    /** The draft with every field checked at once; an unbalanced statement is refused after the fields are right. */
    private Checked check(VillageDraft draft, String villageName) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
        if (draft.category() == null) {
            errors.put("category", "请选择公开类别");
        }
        DisclosurePeriod period = null;
        try {
            period = DisclosurePeriod.parse(draft.period(), today);
        } catch (InvalidInputException e) {
            errors.putAll(e.fields());
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() && period != null && draft.category() != null) {
            title = villageName + period.label() + draft.category().label() + "公开";
        }
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            errors.put("title", "请填写标题（不超过" + MAX_TITLE + "字）");
        }
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.length() > MAX_BODY) {
            errors.put("body", "正文不超过" + MAX_BODY + "字");
        }
        FinanceStatement statement = null;
        List<Subsidy> subsidies = null;
        if (draft.category() == VillageCategory.FINANCE) {
            if (period != null && period.kind() == DisclosurePeriod.Kind.EVENT) {
                errors.put("period", "财务收支按月或按季度公开，如 2026-06 或 2026-Q2");
            }
            if (draft.finance() == null) {
                errors.put("finance", "请填写收支明细和期初、期末余额");
            } else {
                statement = draft.finance().read(period, FinanceInput.API, errors);
            }
        } else if (draft.finance() != null) {
            errors.put("finance", "只有“财务收支”类别填写收支明细");
        }
        if (draft.category() == VillageCategory.SUBSIDIES) {
            subsidies = Subsidy.read(draft.subsidies(), errors);
        } else if (draft.subsidies() != null && !draft.subsidies().isEmpty()) {
            errors.put("subsidies", "只有“惠农补贴与救灾救助款物”类别填写补贴名单");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (statement != null && !statement.balanced()) {
            throw new UnbalancedException(statement);
        }
        return new Checked(period, title, body, statement == null ? null : json.write(FinanceInput.of(statement)),
                subsidies == null ? null : json.write(subsidies));
    }

    private record Checked(DisclosurePeriod period, String title, String body, String finance, String subsidies) {

        void writeInto(VillageDisclosureRevision revision, String author, java.time.Instant now) {
            revision.rewrite(title, body, finance, subsidies, author, now);
        }
    }
}
