package org.opencounty.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.opencounty.applications.Application;
import org.opencounty.applications.ApplicationQueries;
import org.opencounty.applications.ApplicationState;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.interaction.InteractionEvents.RatingChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评: the writer of an answered message or the applicant of a decided case rates it once, within the period after
 * the answer or decision; a 差评 opens a follow-up the unit's staff record (回访, then rectification or explanation); the
 * unit may appeal a malicious rating to the center, whose administrators or supervisors decide — never the appellant.
 */
@Service
public class RatingHandling {

    static final int MAX_COMMENT = 500;
    static final int MAX_NOTE = 2000;
    private static final Set<ApplicationState> DECIDED = EnumSet.of(ApplicationState.APPROVED, ApplicationState.DENIED,
            ApplicationState.COMPLETED, ApplicationState.REJECTED);

    private final RatingStore store;
    private final MessageStore messages;
    private final ApplicationQueries applications;
    private final InteractionPermissions permissions;
    private final WorkingDays calendar;
    private final RatingSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RatingHandling(RatingStore store, MessageStore messages, ApplicationQueries applications, InteractionPermissions permissions,
                   WorkingDays calendar, RatingSettings settings, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.applications = applications;
        this.permissions = permissions;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What is rated: its unit, when it was finished, on which calendar, and the rater's account if signed in. */
    private record Subject(String kind, long id, Long unitId, LocalDate finishedOn, Region region) {
    }

    @Transactional
    public Rating rate(Actor actor, long siteId, RatingForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        RatingLevel level = parse(form.level());
        if (level == null) {
            errors.put("level", "请选择评价等级（非常满意、满意、基本满意、不满意、非常不满意）");
        }
        Map<String, Integer> items = form.items() == null ? Map.of() : form.items();
        int[] scores = new int[RatingItem.values().length];
        for (RatingItem item : RatingItem.values()) {
            Integer score = items.get(item.name());
            if (score == null || score < 1 || score > 5) {
                errors.put("items." + item.name(), "请为“" + item.label() + "”打分（1–5）");
            } else {
                scores[item.ordinal()] = score;
            }
        }
        for (String key : items.keySet()) {
            if (parseItem(key) == null) {
                errors.put("items." + key, "没有这个评价项");
            }
        }
        String comment = form.comment() == null ? "" : form.comment().strip();
        if (comment.length() > MAX_COMMENT) {
            errors.put("comment", "评价意见不超过" + MAX_COMMENT + "字");
        }
        if (!"MESSAGE".equals(form.subject()) && !"APPLICATION".equals(form.subject())) {
            errors.put("subject", "请说明评价的是留言（MESSAGE）还是办件（APPLICATION）");
        }
        if (form.id() == null) {
            errors.put("id", "请说明评价哪一件");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Subject subject = "MESSAGE".equals(form.subject()) ? message(actor, siteId, form) : application(actor, siteId, form.id());
        LocalDate today = today();
        if (today.isAfter(subject.finishedOn().plusDays(settings.ratingDays()))) {
            throw new ConflictException("RATING_PERIOD_OVER", "评价期已过：办结或答复后" + settings.ratingDays() + "日内可以评价");
        }
        if (store.exists(subject.kind(), subject.id())) {
            throw alreadyRated();
        }
        LocalDate due = level.bad() ? FollowUpClock.due(calendar, today, settings.followUpDays(), subject.region()) : null;
        long id = store.insert(new RatingStore.NewRating(siteId, subject.unitId(), subject.kind(), subject.id(),
                actor == null ? null : actor.accountId(), level, scores[0], scores[1], scores[2], comment, today,
                level.bad() ? RatingState.FOLLOW_UP_OPEN : RatingState.RECORDED, due));
        String target = "rating:" + id;
        String note = subject.kind() + ":" + subject.id() + " " + level.label();
        if (actor != null) {
            audit.record(actor, "rating.create", target, AuditResult.SUCCESS, note);
        } else {
            audit.record("visitor", "", "rating.create", target, AuditResult.SUCCESS, note);
        }
        return published(store.find(id).orElseThrow(), "create");
    }

    /** The unit's 回访 of a 差评. */
    @Transactional
    public Rating followUp(Actor actor, long id, long version, String note) {
        Rating rating = forUnit(actor, id);
        String text = note(note, "note", "请填写回访情况");
        require(rating, version, RatingState.FOLLOW_UP_OPEN);
        store.update(rating, "state = 'FOLLOWED_UP', follow_up_note = :note, follow_up_by = :by, follow_up_on = :today",
                Map.of("note", text, "by", actor.username(), "today", today()));
        return done(actor, rating, "follow-up", text);
    }

    /** After the 回访: what the unit changed (RECTIFIED) or why nothing had to change (EXPLAINED). */
    @Transactional
    public Rating rectify(Actor actor, long id, long version, String kind, String note) {
        Rating rating = forUnit(actor, id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"RECTIFIED".equals(kind) && !"EXPLAINED".equals(kind)) {
            errors.put("kind", "请选择整改（RECTIFIED）或说明（EXPLAINED）");
        }
        if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
            errors.put("note", "请填写整改情况或情况说明（不超过" + MAX_NOTE + "字）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        require(rating, version, RatingState.FOLLOWED_UP);
        store.update(rating, "state = 'CLOSED', rectification_kind = :kind, rectification_note = :note, rectified_by = :by",
                Map.of("kind", kind, "note", note.strip(), "by", actor.username()));
        return done(actor, rating, "rectify", kind + "：" + note.strip());
    }

    /** 申诉: the unit says a 差评 is malicious; the center decides. Once per rating. */
    @Transactional
    public Rating appeal(Actor actor, long id, long version, String reason) {
        Rating rating = forUnit(actor, id);
        String text = note(reason, "reason", "请填写申诉理由");
        if (!rating.level().bad()) {
            throw new ConflictException("NOT_A_BAD_RATING", "只有差评可以申诉");
        }
        if (!"NONE".equals(rating.appealState())) {
            throw new ConflictException("ALREADY_APPEALED", "该评价已申诉过，不能再次申诉");
        }
        stale(rating, version);
        store.update(rating, "appeal_state = 'PENDING', appeal_reason = :reason, appealed_by = :by", Map.of("reason", text, "by", actor.username()));
        return done(actor, rating, "appeal", text);
    }

    /** The center's decision on an appeal: upheld excludes the rating from the aggregates, with the reason kept. */
    @Transactional
    public Rating decideAppeal(Actor actor, long id, long version, Boolean upheld, String reason) {
        Rating rating = store.find(id).orElseThrow(() -> new NotFoundException("评价不存在"));
        permissions.requireSameSite(actor, rating.siteId(), "评价不存在");
        if (!permissions.canDecideAppeal(actor, rating.siteId())) {
            throw new NotAllowedException("只有中心管理员或监察督查人员可以复核申诉");
        }
        if (actor.username().equals(rating.appealedBy())) {
            throw new NotAllowedException("不能复核自己提出的申诉");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (upheld == null) {
            errors.put("upheld", "请选择申诉是否成立");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_NOTE) {
            errors.put("reason", "请填写复核理由（不超过" + MAX_NOTE + "字）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!"PENDING".equals(rating.appealState())) {
            throw new ConflictException("NO_PENDING_APPEAL", "该评价没有待复核的申诉");
        }
        stale(rating, version);
        store.update(rating, "appeal_state = :state, appeal_decision = :reason, appeal_decided_by = :by, excluded = :excluded",
                Map.of("state", upheld ? "UPHELD" : "REJECTED", "reason", reason.strip(), "by", actor.username(), "excluded", upheld));
        return done(actor, rating, upheld ? "appeal-upheld" : "appeal-rejected", reason.strip());
    }

    static ConflictException alreadyRated() {
        return new ConflictException("ALREADY_RATED", "已经评价过了：每件只能评价一次");
    }

    private Subject message(Actor actor, long siteId, RatingForm form) {
        Message message = messages.find(form.id()).filter(m -> m.siteId() == siteId).orElseThrow(() -> new NotFoundException("留言不存在"));
        boolean writer = actor != null && message.accountId() != null && message.accountId() == actor.accountId();
        boolean holder = form.queryCode() != null && form.phone() != null && !form.phone().isBlank()
                && QueryCodes.normalise(form.queryCode()).equals(message.queryCode()) && form.phone().strip().equals(message.phone());
        if (!writer && !holder) {
            throw new NotAllowedException("只有留言人可以评价该留言（请登录或填写查询码和留言时的电话）");
        }
        if (!message.answered()) {
            throw new ConflictException("NOT_FINISHED", "该留言尚未答复，答复后才能评价");
        }
        return new Subject("MESSAGE", message.id(), message.unitId(), message.answeredOn(), Region.parse(message.region()).orElse(Region.XJ));
    }

    private Subject application(Actor actor, long siteId, long id) {
        if (actor == null || actor.isStaff()) {
            throw new NotAllowedException("请以申请人身份登录后评价办件");
        }
        Application application = applications.view(actor, id).application();
        if (application.siteId() != siteId) {
            throw new NotFoundException("申请不存在");
        }
        if (application.applicantAccountId() == null || application.applicantAccountId() != actor.accountId()) {
            throw new NotAllowedException("只有申请人可以评价该办件");
        }
        LocalDate finished = application.completedOn() != null ? application.completedOn() : application.decidedOn();
        if (!DECIDED.contains(application.state()) || finished == null) {
            throw new ConflictException("NOT_FINISHED", "该办件尚未办结，办结后才能评价");
        }
        return new Subject("APPLICATION", id, application.unitId(), finished, Region.parse(application.clockRegion()).orElse(Region.XJ));
    }

    private Rating forUnit(Actor actor, long id) {
        Rating rating = store.find(id).orElseThrow(() -> new NotFoundException("评价不存在"));
        permissions.requireSameSite(actor, rating.siteId(), "评价不存在");
        if (!permissions.canReturn(actor, rating.siteId(), rating.unitId())) {
            throw new NotAllowedException("只有被评价单位的工作人员可以回访、整改或申诉");
        }
        return rating;
    }

    private static String note(String value, String field, String message) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_NOTE) {
            throw InvalidInputException.field(field, message + "（不超过" + MAX_NOTE + "字）");
        }
        return value.strip();
    }

    private static void stale(Rating rating, long version) {
        if (version >= 0 && rating.version() != version) {
            throw new ConflictException("STALE_VERSION", "该评价已被他人处理，请刷新后重试");
        }
    }

    private static void require(Rating rating, long version, RatingState allowed) {
        stale(rating, version);
        if (rating.state() != allowed) {
            throw new ConflictException("INVALID_STATE", "评价当前状态为“" + rating.state().label() + "”，不能执行此操作");
        }
    }

    private Rating done(Actor actor, Rating before, String action, String note) {
        audit.record(actor, "rating." + action, "rating:" + before.id(), AuditResult.SUCCESS, note);
        return published(store.find(before.id()).orElseThrow(), action);
    }

    private Rating published(Rating after, String action) {
        events.publishEvent(new RatingChanged(after.id(), after.siteId(), after.unitId(), action, after.level(), after.state(), after.appealState()));
        return after;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }

    static RatingLevel parse(String level) {
        try {
            return level == null ? null : RatingLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static RatingItem parseItem(String item) {
        try {
            return RatingItem.valueOf(item);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
