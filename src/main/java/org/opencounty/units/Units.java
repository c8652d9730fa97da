package org.opencounty.units;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.units.UnitEvents.UnitChanged;
import org.opencounty.units.UnitEvents.UnitCreated;
import org.opencounty.units.internal.UnitContactRepository;
import org.opencounty.units.internal.UnitRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The units of a site: directory, tree and its maintenance. Profiles are written and reviewed by {@link ProfileWriting} and {@link ProfileReview}. */
@Service
public class Units {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,31}$");

    private final UnitRepository units;
    private final UnitContactRepository contacts;
    private final UnitAccess access;
    private final ProfileKind profiles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UnitNamesCache names;

    Units(UnitRepository units, UnitContactRepository contacts, UnitAccess access, ProfileKind profiles, AuditLog audit,
          ApplicationEventPublisher events, Clock clock, UnitNamesCache names) {
        this.units = units;
        this.contacts = contacts;
        this.access = access;
        this.profiles = profiles;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.names = names;
    }

    @Transactional(readOnly = true)
    public List<Unit> directory(long siteId) {
        return units.findBySiteIdOrderBySortOrderAscIdAsc(siteId);
    }

    /** The site's units by code and name, in directory order, from memory (see {@link UnitNamesCache} for how fresh). */
    public UnitNames names(long siteId) {
        return names.get(siteId, site -> UnitNames.of(units.findBySiteIdOrderBySortOrderAscIdAsc(site)));
    }

    /**
     * The phone numbers and mailboxes the site's units publish on their live profiles: meant to be public, so
     * screening does not report them.
     */
    @Transactional(readOnly = true)
    public Set<String> publishedContacts(long siteId) {
        return Unit.publishedContacts(directory(siteId));
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(long siteId, String code) {
        return units.findBySiteIdAndCode(siteId, code);
    }

    @Transactional(readOnly = true)
    public Unit get(long siteId, String code) {
        return find(siteId, code).orElseThrow(() -> new NotFoundException("单位不存在：" + code));
    }

    @Transactional(readOnly = true)
    public Optional<Unit> byId(long id) {
        return units.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Unit> children(long unitId) {
        return units.findByParentIdOrderBySortOrderAscIdAsc(unitId);
    }

    @Transactional(readOnly = true)
    public List<Contact> contactsOf(Unit unit) {
        return contacts.findByUnitIdOrderBySortOrderAsc(unit.id()).stream().map(UnitContact::toContact).toList();
    }

    /** The units an actor may maintain: all units of the site for administrators, else their own subtree. */
    @Transactional(readOnly = true)
    public List<Unit> editableBy(Actor actor) {
        return directory(actor.siteId()).stream().filter(unit -> access.canEditProfile(actor, unit)).toList();
    }

    /** Creates a unit. Only the center's administrators create units. */
    @Transactional
    public Unit create(Actor actor, long siteId, String code, String name, UnitKind kind, String parentCode, int sortOrder) {
        requireAdministrator(actor, siteId, "create-unit", code);
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanCode = Text.clean(code);
        if (!CODE.matcher(cleanCode).matches()) {
            errors.put("code", "单位代码须为2至32位小写字母、数字或连字符");
        } else if (units.findBySiteIdAndCode(siteId, cleanCode).isPresent()) {
            errors.put("code", "单位代码已被使用");
        }
        Long parentId = resolveParent(siteId, parentCode, kind, errors);
        validateName(name, kind, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Unit unit = units.save(new Unit(siteId, cleanCode, Text.clean(name), kind, parentId, sortOrder, clock.instant()));
        audit.record(actor, "unit.create", "unit:" + cleanCode, AuditResult.SUCCESS, Text.clean(name));
        events.publishEvent(new UnitCreated(siteId, cleanCode, actor.username()));
        return unit;
    }

    /** Renames, reclassifies or moves a unit within the tree. */
    @Transactional
    public Unit describe(Actor actor, long siteId, String code, String name, UnitKind kind, String parentCode,
                         int sortOrder, long expectedVersion) {
        requireAdministrator(actor, siteId, "change-unit", code);
        Unit unit = get(siteId, code);
        requireVersion(unit, expectedVersion);
        Map<String, String> errors = new LinkedHashMap<>();
        Long parentId = resolveParent(siteId, parentCode, kind, errors);
        if (parentId != null && access.isWithin(units.findById(parentId).orElseThrow(), unit.id())) {
            errors.put("parentCode", "上级单位不能是本单位或其下属单位");
        }
        validateName(name, kind, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        unit.describe(Text.clean(name), kind, parentId, sortOrder, clock.instant());
        units.saveAndFlush(unit);
        audit.record(actor, "unit.change", "unit:" + code, AuditResult.SUCCESS, Text.clean(name) + " / " + kind);
        events.publishEvent(new UnitChanged(siteId, code, actor.username()));
        return unit;
    }

    /**
     * Enters the unit's 统一社会信用代码 and full legal name (center administrators only): 索引号 are built from the
     * code, written notices carry the name. Both may be left empty; a code given must be well formed.
     */
    @Transactional
    public Unit identify(Actor actor, long siteId, String code, String creditCode, String legalName, long expectedVersion) {
        requireAdministrator(actor, siteId, "identify", code);
        Unit unit = get(siteId, code);
        requireVersion(unit, expectedVersion);
        String cleanCode = Text.clean(creditCode).toUpperCase(java.util.Locale.ROOT);
        String cleanName = Text.clean(legalName);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!cleanCode.isEmpty() && !CreditCode.valid(cleanCode)) {
            errors.put("creditCode", "统一社会信用代码应为18位（数字和大写字母，不含I、O、S、V、Z），且校验码正确");
        }
        if (cleanName.length() > 200) {
            errors.put("legalName", "机构全称不能超过200个字");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        unit.identify(cleanCode, cleanName, clock.instant());
        units.saveAndFlush(unit);
        audit.record("unit.identify", "unit:" + code, AuditResult.SUCCESS, cleanCode + " / " + cleanName);
        events.publishEvent(new UnitChanged(siteId, code, actor.username()));
        return unit;
    }

    /** The demo county's codes and names, entered without an actor like {@link #seed}; never reachable from a request. */
    @Transactional
    public void seedIdentification(Unit unit, String creditCode, String legalName) {
        Unit managed = units.findById(unit.id()).orElseThrow();
        managed.identify(creditCode, legalName, clock.instant());
        units.save(managed);
    }

    /**
     * Used by demo data and the first start to build the tree without an actor; never reachable from a request. A
     * profile given here was published already (the old site's, the demo county's) and becomes the live first revision.
     */
    @Transactional
    public Unit seed(long siteId, String code, String name, UnitKind kind, Unit parent, int sortOrder, UnitProfile profile,
                     String by) {
        Unit unit = units.save(new Unit(siteId, code, name, kind, parent == null ? null : parent.id(), sortOrder, clock.instant()));
        names.forget(siteId);
        if (profile != null) {
            profiles.importPublished(unit, profile, by);
        }
        return unit;
    }

    private void requireAdministrator(Actor actor, long siteId, String action, String code) {
        if (!access.canAdminister(actor, siteId)) {
            audit.recordIndependently(actor.username(), actor.unitCode(), "unit." + action, "unit:" + code, AuditResult.DENIED, "");
            throw new NotAllowedException("只有中心管理员可以管理单位");
        }
    }

    private static void requireVersion(Unit unit, long expectedVersion) {
        if (unit.version() != expectedVersion) {
            throw new ConflictException("STALE_VERSION", "该单位信息已被他人修改，请刷新后重试；您的修改未保存");
        }
    }

    private Long resolveParent(long siteId, String parentCode, UnitKind kind, Map<String, String> errors) {
        String clean = Text.clean(parentCode);
        if (clean.isEmpty()) {
            if (kind != UnitKind.COUNTY) {
                errors.put("parentCode", "请选择上级单位");
            }
            return null;
        }
        Optional<Unit> parent = units.findBySiteIdAndCode(siteId, clean);
        if (parent.isEmpty()) {
            errors.put("parentCode", "上级单位不存在");
            return null;
        }
        return parent.get().id();
    }

    private static void validateName(String name, UnitKind kind, Map<String, String> errors) {
        String clean = Text.clean(name);
        if (clean.isEmpty()) {
            errors.put("name", "请填写单位名称");
        } else if (clean.length() > 200) {
            errors.put("name", "单位名称不能超过200个字");
        }
        if (kind == null) {
            errors.put("kind", "请选择单位类别");
        }
    }
}
