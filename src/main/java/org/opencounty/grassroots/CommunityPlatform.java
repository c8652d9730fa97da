package org.opencounty.grassroots;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.internal.ActivityRegistrationRepository;
import org.opencounty.grassroots.internal.CommunityServiceRepository;
import org.opencounty.grassroots.internal.VolunteerActivityRepository;
import org.opencounty.review.ScreenedField;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community platform (社区信息化, STANDARDS §13.3): the community's staff keep the 便民服务 directory and announce
 * volunteer activities (screened, public at once: they are service information, not disclosure needing review);
 * citizens sign up within the capacity and cancel. Residents' messages are the public-interaction module's
 * ({@code /messages/new?unit=CODE}).
 */
@Service
public class CommunityPlatform {

    /** What happened on the community platform, published in the changing transaction. */
    public record Changed(long siteId, String community, String action, long subjectId, String by) {
    }

    private final CommunityServiceRepository services;
    private final VolunteerActivityRepository activities;
    private final ActivityRegistrationRepository registrations;
    private final Screening screening;
    private final Units units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommunityPlatform(CommunityServiceRepository services, VolunteerActivityRepository activities,
                      ActivityRegistrationRepository registrations, Screening screening, Units units, AuditLog audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.services = services;
        this.activities = activities;
        this.registrations = registrations;
        this.screening = screening;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A 便民服务 entry, added by the community's officer or director. */
    @Transactional
    public CommunityService addService(Actor actor, long siteId, String communityCode, String category, String name, String address,
                                       String phone, String hours) {
        Unit community = community(siteId, communityCode);
        requireStaff(actor, community, "community.service.add");
        checkService(category, name, address, phone, hours);
        screening.requireClean(siteId, "该便民服务", new ScreenedField("name", name), new ScreenedField("address", strip(address)));
        CommunityService saved = services.save(new CommunityService(siteId, community.id(), strip(category), strip(name), strip(address),
                strip(phone), strip(hours), actor.username(), clock.instant()));
        audit.record(actor, "community.service.add", "unit:" + community.code(), AuditResult.SUCCESS, saved.name());
        events.publishEvent(new Changed(siteId, community.code(), "service.add", saved.id(), actor.username()));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<CommunityService> services(long siteId, String communityCode) {
        return services.findByUnitIdOrderByCategoryAscIdAsc(community(siteId, communityCode).id());
    }

    /** A volunteer activity announced by the community's officer or director; it starts later than now. */
    @Transactional
    public VolunteerActivity announce(Actor actor, long siteId, String communityCode, String title, String description, String place,
                                      String startsAt, Integer capacity) {
        return announce(actor, siteId, communityCode, title, description, place, startsAt, null, capacity);
    }

    /** As above, with when it ends (optional; after the start). */
    @Transactional
    public VolunteerActivity announce(Actor actor, long siteId, String communityCode, String title, String description, String place,
                                      String startsAt, String endsAt, Integer capacity) {
        Unit community = community(siteId, communityCode);
        requireStaff(actor, community, "community.activity.announce");
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "title", title, 200, "活动名称");
        optional(errors, "description", description, 4000, "活动内容");
        required(errors, "place", place, 200, "地点");
        Instant start = null;
        try {
            start = LocalDateTime.parse(strip(startsAt)).atZone(TimeConfiguration.CHINA).toInstant();
            if (!start.isAfter(clock.instant())) {
                errors.put("startsAt", "活动开始时间应晚于现在");
            }
        } catch (DateTimeParseException e) {
            errors.put("startsAt", "请填写开始时间，格式如 2026-07-20T09:30");
        }
        Instant end = null;
        if (!strip(endsAt).isEmpty()) {
            try {
                end = LocalDateTime.parse(strip(endsAt)).atZone(TimeConfiguration.CHINA).toInstant();
                if (start != null && !end.isAfter(start)) {
                    errors.put("endsAt", "结束时间应晚于开始时间");
                }
            } catch (DateTimeParseException e) {
                errors.put("endsAt", "结束时间格式如 2026-07-20T11:30，可不填");
            }
        }
        if (capacity == null || capacity < 1 || capacity > 1000) {
            errors.put("capacity", "名额应为1至1000之间的整数");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        screening.requireClean(siteId, "该活动", new ScreenedField("title", title), new ScreenedField("description", strip(description)));
        VolunteerActivity saved = activities.save(new VolunteerActivity(siteId, community.id(), strip(title), strip(description), strip(place),
                start, end, capacity, actor.username(), clock.instant()));
        audit.record(actor, "community.activity.announce", "activity:" + saved.id(), AuditResult.SUCCESS, "capacity " + capacity);
        events.publishEvent(new Changed(siteId, community.code(), "activity.announce", saved.id(), actor.username()));
        return saved;
    }

    /**
     * A signed-in citizen takes a place: 409 FULL when none is left (also when others took the last at the same moment),
     * 409 ALREADY_REGISTERED when they hold one, 409 STARTED once the activity has begun.
     */
    @Transactional
    public VolunteerActivity register(Actor actor, long siteId, long activityId) {
        VolunteerActivity activity = activity(siteId, activityId);
        if (actor == null || !actor.has(Role.CITIZEN) || actor.siteId() != siteId) {
            throw new NotAllowedException("请以公众账号登录后报名");
        }
        if (activity.cancelled()) {
            throw new ConflictException("CANCELLED", "活动已取消");
        }
        if (!activity.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("STARTED", "活动已开始，不能报名");
        }
        if (registrations.findByActivityIdAndAccountIdAndCancelledAtIsNull(activityId, actor.accountId()).isPresent()) {
            throw new ConflictException("ALREADY_REGISTERED", "您已报名该活动");
        }
        if (activities.takePlace(activityId) == 0) {
            throw new ConflictException("FULL", "名额已满");
        }
        try {
            registrations.saveAndFlush(new ActivityRegistration(activityId, actor.accountId(), actor.displayName(), actor.username(),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // The same citizen twice at once: the index keeps one; this transaction (and its place) rolls back.
            throw new ConflictException("ALREADY_REGISTERED", "您已报名该活动");
        }
        audit.record(actor, "community.activity.register", "activity:" + activityId, AuditResult.SUCCESS, "");
        events.publishEvent(new Changed(siteId, "", "activity.register", activityId, actor.username()));
        return activity(siteId, activityId);
    }

    /** The citizen gives their place back (before the start); 404 when they hold none. */
    @Transactional
    public VolunteerActivity cancel(Actor actor, long siteId, long activityId) {
        VolunteerActivity activity = activity(siteId, activityId);
        if (actor == null || actor.siteId() != siteId) {
            throw new NotAllowedException("请先登录");
        }
        ActivityRegistration registration = registrations.findByActivityIdAndAccountIdAndCancelledAtIsNull(activityId, actor.accountId())
                .orElseThrow(() -> new NotFoundException("您没有报名该活动"));
        if (activity.cancelled()) {
            throw new ConflictException("CANCELLED", "活动已取消");
        }
        if (!activity.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("STARTED", "活动已开始，不能取消报名");
        }
        registration.cancel(clock.instant());
        registrations.saveAndFlush(registration);
        activities.givePlaceBack(activityId);
        audit.record(actor, "community.activity.cancel", "activity:" + activityId, AuditResult.SUCCESS, "");
        events.publishEvent(new Changed(siteId, "", "activity.cancel", activityId, actor.username()));
        return activity(siteId, activityId);
    }

    /** Rewrites a 便民服务 entry: the community's staff, from the version they read (stale → 409), every field checked. */
    @Transactional
    public CommunityService editService(Actor actor, long siteId, String communityCode, long id, String category, String name, String address,
                                        String phone, String hours, long expectedVersion) {
        Unit community = community(siteId, communityCode);
        requireStaff(actor, community, "community.service.edit");
        CommunityService entry = service(community, id);
        checkService(category, name, address, phone, hours);
        if (entry.version() != expectedVersion) {
            throw new ConflictException("STALE_VERSION", "该便民服务已被他人修改，请刷新后重试；您的修改未保存");
        }
        screening.requireClean(siteId, "该便民服务", new ScreenedField("name", name), new ScreenedField("address", strip(address)));
        entry.rewrite(strip(category), strip(name), strip(address), strip(phone), strip(hours), actor.username(), clock.instant());
        services.saveAndFlush(entry);
        audit.record(actor, "community.service.edit", "community-service:" + id, AuditResult.SUCCESS, entry.name());
        events.publishEvent(new Changed(siteId, community.code(), "service.edit", id, actor.username()));
        return entry;
    }

    /** Takes an entry out of the directory (the audit log keeps what it was). */
    @Transactional
    public void removeService(Actor actor, long siteId, String communityCode, long id) {
        Unit community = community(siteId, communityCode);
        requireStaff(actor, community, "community.service.remove");
        CommunityService entry = service(community, id);
        services.delete(entry);
        audit.record(actor, "community.service.remove", "community-service:" + id, AuditResult.SUCCESS,
                String.join(" / ", entry.category(), entry.name(), entry.address(), entry.phone(), entry.hours()));
        events.publishEvent(new Changed(siteId, community.code(), "service.remove", id, actor.username()));
    }

    /**
     * The community calls an activity off with a reason: sign-up closes and everyone registered finds the notice with
     * their registration (我的志愿活动). Their places stay on the list the community exports.
     */
    @Transactional
    public VolunteerActivity cancelActivity(Actor actor, long siteId, long activityId, String reason) {
        VolunteerActivity activity = activity(siteId, activityId);
        Unit community = units.byId(activity.unitId()).orElseThrow();
        requireStaff(actor, community, "community.activity.cancel");
        String why = strip(reason);
        if (why.isEmpty() || why.length() > 500) {
            throw InvalidInputException.field("reason", "请填写取消原因（不超过500字），将通知已报名的居民");
        }
        if (activity.cancelled()) {
            throw new ConflictException("CANCELLED", "活动已取消");
        }
        screening.requireClean(siteId, "该取消通知", new ScreenedField("reason", why));
        activity.cancel(actor.username(), clock.instant(), why);
        activities.saveAndFlush(activity);
        List<ActivityRegistration> live = registrations.findByActivityIdAndCancelledAtIsNull(activityId);
        String notice = community.name() + "通知：“" + activity.title() + "”活动已取消。" + why;
        live.forEach(registration -> registration.leaveNotice(notice));
        registrations.saveAll(live);
        audit.record(actor, "community.activity.cancel", "activity:" + activityId, AuditResult.SUCCESS,
                "notified " + live.size() + "：" + why);
        events.publishEvent(new Changed(siteId, community.code(), "activity.cancel", activityId, actor.username()));
        return activity;
    }

    /** Who signed up for the activity, first first (cancelled places included, marked): its community's staff and township. */
    @Transactional(readOnly = true)
    public List<ActivityRegistration> registrations(Actor actor, long siteId, long activityId) {
        VolunteerActivity activity = activity(siteId, activityId);
        if (!canSee(actor, units.byId(activity.unitId()).orElseThrow())) {
            throw new NotAllowedException("只有本社区工作人员和所属乡镇可以查看报名名单");
        }
        return registrations.findByActivityIdOrderByRegisteredAtAscIdAsc(activityId);
    }

    /** The signed-in citizen's registrations, newest first, with the community's notices. */
    @Transactional(readOnly = true)
    public List<ActivityRegistration> registrationsOf(Actor actor) {
        return actor == null ? List.of() : registrations.findByAccountIdOrderByRegisteredAtDescIdDesc(actor.accountId());
    }

    /** The communities whose back office the actor reads: their own, or those under their township. */
    @Transactional(readOnly = true)
    public List<Unit> communitiesSeenBy(Actor actor) {
        if (actor == null || actor.unitId() == null) {
            return List.of();
        }
        return units.directory(actor.siteId()).stream().filter(u -> u.kind() == UnitKind.COMMUNITY && canSee(actor, u)).toList();
    }

    /** Whether the actor keeps the community's pages: its officer or director. */
    public boolean keeps(Actor actor, Unit community) {
        return actor != null && actor.siteId() == community.siteId() && community.id().equals(actor.unitId())
                && (actor.has(Role.INFO_OFFICER) || actor.has(Role.UNIT_LEADER));
    }

    /** Whether the actor reads the community's back office: its staff, or its township's staff (read-only). */
    public boolean canSee(Actor actor, Unit community) {
        return keeps(actor, community) || (actor != null && actor.isStaff() && actor.siteId() == community.siteId()
                && actor.unitId().equals(community.parentId()));
    }

    private CommunityService service(Unit community, long id) {
        return services.findById(id).filter(entry -> entry.unitId().equals(community.id()))
                .orElseThrow(() -> new NotFoundException("本社区没有编号为 " + id + " 的便民服务"));
    }

    /** Page {@code page} of the site's or one community's activities, latest start first, counted and cut in the database. */
    @Transactional(readOnly = true)
    public PageOf<VolunteerActivity> activities(long siteId, String communityCode, int page, int size) {
        PageRequest request = PageRequest.of(PageOf.clampPage(page) - 1, size,
                Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id")));
        return PageOf.of(communityCode == null || communityCode.isBlank() ? activities.findBySiteId(siteId, request)
                : activities.findByUnitId(community(siteId, communityCode).id(), request));
    }

    /** Which of {@code activities} the actor has a place in (none for nobody signed in), in one statement. */
    @Transactional(readOnly = true)
    public Set<Long> registeredAmong(Actor actor, List<VolunteerActivity> activities) {
        if (actor == null || activities.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(registrations.registeredAmong(actor.accountId(), activities.stream().map(VolunteerActivity::id).toList()));
    }

    @Transactional(readOnly = true)
    public VolunteerActivity activity(long siteId, long id) {
        return activities.findById(id).filter(a -> a.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的志愿活动"));
    }

    @Transactional(readOnly = true)
    public boolean registered(Actor actor, long activityId) {
        return actor != null && registrations.findByActivityIdAndAccountIdAndCancelledAtIsNull(activityId, actor.accountId()).isPresent();
    }

    public Unit community(long siteId, String code) {
        return units.find(siteId, code == null ? "" : code.strip()).filter(u -> u.kind() == UnitKind.COMMUNITY)
                .orElseThrow(() -> new NotFoundException("没有代码为 " + code + " 的社区"));
    }

    private void requireStaff(Actor actor, Unit community, String action) {
        if (!keeps(actor, community)) {
            audit.recordIndependently(AuditedActor.name(actor), AuditedActor.unit(actor),
                    action, "unit:" + community.code(), AuditResult.DENIED, "");
            throw new NotAllowedException("只有本社区工作人员可以维护");
        }
    }

    /** Every field at once; a phone, if given, is digits with - ( ) + and spaces. */
    private static void checkService(String category, String name, String address, String phone, String hours) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "category", category, 30, "类别（如 医疗、家政、维修）");
        required(errors, "name", name, 100, "名称");
        optional(errors, "address", address, 200, "地址");
        optional(errors, "phone", phone, 60, "电话");
        if (!strip(phone).isEmpty() && !strip(phone).matches("[0-9()+\\- ]{5,60}")) {
            errors.put("phone", "电话只能包含数字、空格和 - ( ) +，如 0902-6821215");
        }
        optional(errors, "hours", hours, 100, "服务时间");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void required(Map<String, String> errors, String field, String value, int max, String label) {
        String text = strip(value);
        if (text.isEmpty() || text.length() > max) {
            errors.put(field, "请填写" + label + "（不超过" + max + "字）");
        }
    }

    private static void optional(Map<String, String> errors, String field, String value, int max, String label) {
        if (strip(value).length() > max) {
            errors.put(field, label + "不超过" + max + "字");
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
