package org.opencounty.extranet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.extranet.internal.ExtranetStore;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extranet registry: a unit's officer (or leader) proposes each change of the unit's connection, the center's
 * administrator confirms it or sets the connection itself; the address range is the center's to give. Every change
 * stays in the unit's history and the audit log.
 */
@Service
public class ExtranetRegistry {

    /** An IPv4 range as the center writes it: 10.65.21.0/26, or first–last addresses. */
    private static final Pattern RANGE = Pattern.compile(
            "^(\\d{1,3}\\.){3}\\d{1,3}(/(\\d|[12]\\d|3[0-2])|\\s*[-–~]\\s*(\\d{1,3}\\.){3}\\d{1,3})$");
    private static final Pattern PHONE = Pattern.compile("^[0-9][0-9\\-]{4,19}$");

    /** A unit's connection with its waiting proposal and its history, as the actor may see it. */
    public record UnitRegistry(ExtranetConnection connection, ExtranetChange pending, List<ExtranetChange> history) {
    }

    /** What changed, for the modules that follow the rollout. */
    public record ExtranetChanged(long unitId, long siteId, ExtranetStatus status, String by) {
    }

    private final ExtranetStore store;
    private final Units units;
    private final UnitAccess access;
    private final ExtranetSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExtranetRegistry(ExtranetStore store, Units units, UnitAccess access, ExtranetSettings settings, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Since when the unit is connected to the extranet (已接通 or 已验收, the day it was connected), or empty. The
     * coordination module's "extranet connected" task condition reads this.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> connectedSince(long unitId) {
        return store.connectedSince(unitId);
    }

    /** The units whose connection the actor sees: every unit of the site for the center, else their own (and below). */
    @Transactional(readOnly = true)
    public List<ExtranetConnection> visible(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看外网接入登记");
        }
        List<ExtranetConnection> all = store.all(actor.siteId());
        if (actor.isCenterWide()) {
            return all;
        }
        List<Long> mine = access.subtree(actor.siteId(), actor.unitId());
        return all.stream().filter(c -> mine.contains(c.unitId())).toList();
    }

    @Transactional(readOnly = true)
    public UnitRegistry of(Actor actor, String unitCode) {
        Unit unit = seen(actor, unitCode, "view");
        return new UnitRegistry(store.of(unit.id()).orElseThrow(), store.pending(unit.id()).orElse(null), store.history(unit.id()));
    }

    /**
     * A change: the unit's own officer or leader proposes it (PENDING until the center confirms); the center's
     * administrator sets it in force at once.
     */
    @Transactional
    public UnitRegistry change(Actor actor, String unitCode, ExtranetDetails details) {
        Unit unit = seen(actor, unitCode, "change");
        boolean center = isCenter(actor);
        if (!center && !(Objects.equals(actor.unitId(), unit.id()) && (actor.has(Role.INFO_OFFICER) || actor.has(Role.UNIT_LEADER)))) {
            throw refused(actor, unitCode, "change", "只有本单位信息员或领导可以登记外网接入情况");
        }
        ExtranetConnection current = store.of(unit.id()).orElseThrow();
        ExtranetStore.Fields fields = check(details, current, center);
        if (center) {
            store.set(unit.siteId(), unit.id(), fields, actor.username(), clock.instant());
            audit.record(actor, "extranet.set", "unit:" + unitCode, AuditResult.SUCCESS, describe(fields));
        } else {
            store.propose(unit.siteId(), unit.id(), fields, actor.username(), clock.instant());
            audit.record(actor, "extranet.propose", "unit:" + unitCode, AuditResult.SUCCESS, describe(fields));
        }
        events.publishEvent(new ExtranetChanged(unit.id(), unit.siteId(), fields.status(), actor.username()));
        return of(actor, unitCode);
    }

    /** The center confirms the unit's waiting change, which comes into force. */
    @Transactional
    public UnitRegistry confirm(Actor actor, String unitCode) {
        Unit unit = seen(actor, unitCode, "confirm");
        if (!isCenter(actor)) {
            throw refused(actor, unitCode, "confirm", "只有电子政务中心管理员可以确认外网接入情况");
        }
        ExtranetChange pending = store.pending(unit.id())
                .orElseThrow(() -> new ConflictException("NOTHING_TO_CONFIRM", "该单位没有待确认的外网接入登记"));
        if (actor.username().equals(pending.proposedBy())) {
            throw refused(actor, unitCode, "confirm", "不能确认自己提交的登记");
        }
        if (!store.confirm(pending.id(), actor.username(), clock.instant())) {
            throw new ConflictException("STALE_VERSION", "该登记刚被他人处理，请刷新后重试");
        }
        ExtranetStore.Fields fields = new ExtranetStore.Fields(pending.status(), pending.carrier(), pending.switchModel(),
                pending.switchManaged(), pending.addressRange(), pending.connectedOn(), pending.contactName(), pending.contactPhone());
        store.apply(unit.siteId(), unit.id(), fields, actor.username(), clock.instant());
        audit.record(actor, "extranet.confirm", "unit:" + unitCode, AuditResult.SUCCESS, describe(fields) + "（" + pending.proposedBy() + "提交）");
        events.publishEvent(new ExtranetChanged(unit.id(), unit.siteId(), fields.status(), actor.username()));
        return of(actor, unitCode);
    }

    public LocalDate deadline() {
        return settings.deadline();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
    }

    /** The demo county's spread of states, set without an actor; never reachable from a request. */
    @Transactional
    public void seed(Unit unit, ExtranetDetails details) {
        ExtranetStore.Fields fields = check(details, store.of(unit.id()).orElseThrow(), true);
        store.set(unit.siteId(), unit.id(), fields, "demo", clock.instant());
    }

    private ExtranetStore.Fields check(ExtranetDetails d, ExtranetConnection current, boolean center) {
        Map<String, String> errors = new LinkedHashMap<>();
        ExtranetStatus status = ExtranetStatus.of(d.status()).orElse(null);
        if (status == null) {
            errors.put("status", "状态应为未申请、已申请、施工中、已接通或已验收");
        }
        if (status != null && status.connected()) {
            if (d.connectedOn() == null) {
                errors.put("connectedOn", "已接通的须填写接通日期");
            } else if (d.connectedOn().isAfter(today())) {
                errors.put("connectedOn", "接通日期不能晚于今天（" + today() + "）");
            }
            if (d.switchModel().isEmpty()) {
                errors.put("switchModel", "已接通的须填写接入交换机型号（通知要求网管型交换机）");
            }
        }
        // The unit leaves the range out (or repeats it): it is the center's to give.
        String range = !center && d.addressRange().isEmpty() ? current.addressRange() : d.addressRange();
        if (!center && !range.equals(current.addressRange())) {
            errors.put("addressRange", "地址段由电子政务中心分配，单位不能修改");
        } else if (!range.isEmpty() && !RANGE.matcher(range).matches()) {
            errors.put("addressRange", "地址段格式应如 10.65.21.0/26");
        }
        if (d.carrier().length() > 50) {
            errors.put("carrier", "运营商不能超过50个字");
        }
        if (d.switchModel().length() > 100) {
            errors.put("switchModel", "交换机型号不能超过100个字");
        }
        if (d.contactName().length() > 50) {
            errors.put("contactName", "联系人姓名不能超过50个字");
        }
        if (!d.contactPhone().isEmpty() && !PHONE.matcher(d.contactPhone()).matches()) {
            errors.put("contactPhone", "联系电话只能含数字和连字符");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ExtranetStore.Fields(status, d.carrier(), d.switchModel(), d.switchManaged(), range,
                status.connected() ? d.connectedOn() : null, d.contactName(), d.contactPhone());
    }

    private Unit seen(Actor actor, String unitCode, String action) {
        if (actor == null) {
            throw new NotAllowedException("请先登录");
        }
        Unit unit = units.find(actor.siteId(), unitCode == null ? "" : unitCode)
                .orElseThrow(() -> new org.opencounty.common.NotFoundException("单位不存在：" + unitCode));
        if (!access.canSee(actor, unit)) {
            throw refused(actor, unitCode, action, "您无权查看该单位的外网接入登记");
        }
        return unit;
    }

    private static boolean isCenter(Actor actor) {
        return actor.has(Role.CENTER_ADMIN);
    }

    private NotAllowedException refused(Actor actor, String unitCode, String action, String why) {
        audit.recordIndependently(actor == null ? "anonymous" : actor.username(), actor == null || actor.unitCode() == null ? "" : actor.unitCode(),
                "extranet." + action, "unit:" + unitCode, AuditResult.DENIED, why);
        return new NotAllowedException(why);
    }

    private static String describe(ExtranetStore.Fields f) {
        return f.status().label() + " " + f.carrier() + " " + f.switchModel() + (f.switchManaged() ? "（网管型）" : "") + " "
                + f.addressRange() + (f.connectedOn() == null ? "" : " 接通于 " + f.connectedOn());
    }
}
