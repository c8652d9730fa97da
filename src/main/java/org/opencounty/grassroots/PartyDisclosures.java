package org.opencounty.grassroots;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.grassroots.internal.ObjectionRepository;
import org.opencounty.grassroots.internal.PartyDisclosureRepository;
import org.opencounty.grassroots.internal.PartyDisclosureRevisionRepository;
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
 * Writing and reviewing a party organisation's items (党务公开, art. 15: 提出 → 审核 → 审批 → 实施, {@link PartyDisclosureKind}),
 * and the public's objections (异议) to a 公示 while it runs.
 */
@Service
public class PartyDisclosures {

    /** What happened to a party item, published in the changing transaction. */
    public record Changed(long siteId, long disclosureId, String organisation, String action, String by) {
    }

    private final PartyDisclosureRepository disclosures;
    private final PartyDisclosureRevisionRepository revisions;
    private final ObjectionRepository objections;
    private final PartyDisclosureKind kind;
    private final SubmissionWorkflow workflow;
    private final ReviewPermissions permissions;
    private final Units units;
    private final GrassrootsSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartyDisclosures(PartyDisclosureRepository disclosures, PartyDisclosureRevisionRepository revisions, ObjectionRepository objections,
                     PartyDisclosureKind kind, SubmissionWorkflow workflow, ReviewPermissions permissions, Units units,
                     GrassrootsSettings settings, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.disclosures = disclosures;
        this.revisions = revisions;
        this.objections = objections;
        this.kind = kind;
        this.workflow = workflow;
        this.permissions = permissions;
        this.units = units;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** 提出: a new item written by the organisation's officer, as a draft. */
    @Transactional
    public PartyDisclosure create(Actor actor, long siteId, PartyDraft draft) {
        Unit organisation = organisation(siteId, draft.organisation());
        if (!permissions.canWrite(actor, siteId, organisation.id())) {
            audit.recordIndependently(AuditedActor.name(actor), AuditedActor.unit(actor),
                    "party.disclosure.create", "unit:" + organisation.code(), AuditResult.DENIED, "");
            throw new NotAllowedException("只有本党组织的信息员可以提出党务公开");
        }
        Checked checked = check(draft);
        PartyDisclosure disclosure = new PartyDisclosure(siteId, organisation.id(), draft.category(), actor.username(), clock.instant());
        disclosure.describe(draft.visibility(), checked.startsOn(), checked.endsOn());
        disclosures.save(disclosure);
        PartyDisclosureRevision revision = new PartyDisclosureRevision(disclosure.id(), 1, actor.username(), clock.instant());
        revision.rewrite(checked.title(), checked.body(), actor.username(), clock.instant());
        revisions.save(revision);
        workflow.created(actor, kind, disclosure, revision.id(), draft.category().label() + " " + draft.visibility().label());
        events.publishEvent(new Changed(siteId, disclosure.id(), organisation.code(), "create", actor.username()));
        return disclosure;
    }

    @Transactional
    public PartyDisclosure edit(Actor actor, long siteId, long id, PartyDraft draft, long expectedVersion) {
        PartyDisclosure disclosure = get(siteId, id);
        workflow.requireEditable(actor, kind, disclosure, expectedVersion);
        Checked checked = check(new PartyDraft(null, disclosure.category(), draft.visibility(), draft.title(), draft.body(),
                draft.announcement(), draft.startsOn(), draft.endsOn()));
        PartyDisclosureRevision revision = disclosure.needsNewRevision()
                ? revisions.save(new PartyDisclosureRevision(disclosure.id(), revisions.lastNumber(disclosure.id()) + 1, actor.username(), clock.instant()))
                : kind.revision(disclosure.workingRevisionId());
        revision.rewrite(checked.title(), checked.body(), actor.username(), clock.instant());
        disclosure.describe(draft.visibility(), checked.startsOn(), checked.endsOn());
        workflow.edited(actor, kind, disclosure, revision.id(), "");
        events.publishEvent(new Changed(siteId, id, code(disclosure), "edit", actor.username()));
        return disclosure;
    }

    /** 提出 completed: screening (保密审查) runs here and again at 审批. */
    @Transactional
    public PartyDisclosure submit(Actor actor, long siteId, long id) {
        PartyDisclosure disclosure = get(siteId, id);
        workflow.submit(actor, kind, disclosure, false);
        events.publishEvent(new Changed(siteId, id, code(disclosure), "submit", actor.username()));
        return disclosure;
    }

    /** 审核 by the secretary, or 审批 by the reviewing unit, which puts it into effect (实施). */
    @Transactional
    public PartyDisclosure approve(Actor actor, long siteId, long id) {
        PartyDisclosure disclosure = get(siteId, id);
        ReviewState before = workflow.approve(actor, kind, disclosure);
        events.publishEvent(new Changed(siteId, id, code(disclosure), before == ReviewState.PENDING_LEADER ? "review" : "publish",
                actor.username()));
        return disclosure;
    }

    @Transactional
    public PartyDisclosure returnForChanges(Actor actor, long siteId, long id, String reason) {
        PartyDisclosure disclosure = get(siteId, id);
        workflow.returnForChanges(actor, kind, disclosure, reason);
        events.publishEvent(new Changed(siteId, id, code(disclosure), "return", actor.username()));
        return disclosure;
    }

    @Transactional
    public PartyDisclosure withdraw(Actor actor, long siteId, long id, String reason) {
        PartyDisclosure disclosure = get(siteId, id);
        workflow.withdraw(actor, kind, disclosure, reason);
        events.publishEvent(new Changed(siteId, id, code(disclosure), "withdraw", actor.username()));
        return disclosure;
    }

    /**
     * An objection (异议) to a 公示 while it runs (409 NOT_OPEN before or after), from anyone who may read it; name and
     * contact are required and kept for the organisation only.
     */
    @Transactional
    public AnnouncementObjection object(Actor actor, long siteId, long id, String name, String contact, String text,
                                        PartyQueries reader) {
        PartyDisclosure disclosure = reader.readable(actor, siteId, id);
        if (!disclosure.announcement()) {
            throw new ConflictException("NOT_AN_ANNOUNCEMENT", "该党务公开不是公示，不受理异议");
        }
        AnnouncementStatus status = disclosure.status(LocalDate.now(clock.withZone(TimeConfiguration.CHINA)));
        if (status != AnnouncementStatus.OPEN) {
            throw new ConflictException("NOT_OPEN", "该公示" + status.label() + "，不在受理异议期间");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String who = strip(name);
        if (who.isEmpty() || who.length() > 50) {
            errors.put("name", "请填写真实姓名（不超过50字，仅党组织可见）");
        }
        String reach = strip(contact);
        if (reach.length() < 5 || reach.length() > 100) {
            errors.put("contact", "请填写联系电话或地址（仅党组织可见，便于核实）");
        }
        String objection = strip(text);
        if (objection.length() < 5 || objection.length() > 2000) {
            errors.put("objection", "请写明异议的事实和理由（5至2000字）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AnnouncementObjection saved = objections.save(new AnnouncementObjection(siteId, id, who, reach, objection, clock.instant()));
        audit.record(AuditedActor.name(actor), AuditedActor.unit(actor),
                "party.announcement.object", "party-disclosure:" + id, AuditResult.SUCCESS, "objection " + saved.id());
        events.publishEvent(new Changed(siteId, id, code(disclosure), "object", AuditedActor.name(actor)));
        return saved;
    }

    /** A 公示's default last day: the setting's number of days, the first day included. */
    public LocalDate defaultEnd(LocalDate startsOn) {
        return startsOn.plusDays(settings.announcementDays() - 1L);
    }

    /** The steps the actor may take on the item now, for the page's buttons (the methods check again). */
    @Transactional(readOnly = true)
    public java.util.Set<String> steps(Actor actor, long siteId, long id) {
        PartyDisclosure disclosure = get(siteId, id);
        java.util.Set<String> steps = new java.util.LinkedHashSet<>();
        ReviewState state = disclosure.state();
        if (permissions.canWrite(actor, siteId, disclosure.unitId()) && state.editable() && disclosure.workingRevisionId() != null) {
            steps.add("submit");
        }
        if (state.inReview() && permissions.canReviewAt(actor, new org.opencounty.review.ReviewSubject(PartyDisclosureKind.NAMES.name(),
                "party-disclosure:" + id, PartyDisclosureKind.NAMES.noun(), siteId, disclosure.unitId(), state))) {
            steps.add("approve");
            steps.add("return");
        }
        return steps;
    }

    PartyDisclosure get(long siteId, long id) {
        return disclosures.findById(id).filter(d -> d.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的党务公开"));
    }

    private String code(PartyDisclosure disclosure) {
        return units.byId(disclosure.unitId()).map(Unit::code).orElse("");
    }

    private Unit organisation(long siteId, String code) {
        Unit unit = code == null ? null : units.find(siteId, code.strip()).orElse(null);
        if (unit == null || unit.kind() != UnitKind.PARTY_ORGANISATION) {
            throw InvalidInputException.field("organisation", "请选择党组织");
        }
        return unit;
    }

    private Checked check(PartyDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.category() == null) {
            errors.put("category", "请选择公开目录中的类别");
        }
        if (draft.visibility() == null) {
            errors.put("visibility", "请选择公开范围：党内公开或向社会公开");
        }
        String title = strip(draft.title());
        if (title.isEmpty() || title.length() > 200) {
            errors.put("title", "请填写标题（不超过200字）");
        }
        String body = strip(draft.body());
        if (body.isEmpty() || body.length() > 20_000) {
            errors.put("body", "请填写公开内容（不超过20000字）");
        }
        LocalDate startsOn = null;
        LocalDate endsOn = null;
        if (draft.announcement()) {
            startsOn = date(draft.startsOn(), "startsOn", "公示开始日期", errors);
            endsOn = strip(draft.endsOn()).isEmpty() ? (startsOn == null ? null : defaultEnd(startsOn))
                    : date(draft.endsOn(), "endsOn", "公示结束日期", errors);
            if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
                errors.put("endsOn", "公示结束日期不能早于开始日期");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(title, body, startsOn, endsOn);
    }

    private static LocalDate date(String text, String field, String label, Map<String, String> errors) {
        try {
            return LocalDate.parse(strip(text));
        } catch (DateTimeParseException e) {
            errors.put(field, "请填写" + label + "，格式如 2026-07-14");
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private record Checked(String title, String body, LocalDate startsOn, LocalDate endsOn) {
    }
}
