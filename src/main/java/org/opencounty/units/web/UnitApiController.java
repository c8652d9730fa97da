package org.opencounty.units.web;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.sites.Site;
import org.opencounty.units.Contact;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.UnitKind;
import org.opencounty.units.UnitProfile;
import org.opencounty.units.Units;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

    record UnitSummary(String code, String name, UnitKind kind, String parentCode) {
    }

    /** {@code contacts} is present only for callers who may see the unit's registered contacts. */
    record UnitDetail(String code, String name, UnitKind kind, String parentCode, String organisation, String duties,
                      String leaderName, String address, String phone, String email, String officeHours,
                      List<Contact> contacts, long version) {
    }

    record ProfileUpdate(String organisation, String duties, String leaderName, String address, String phone,
                         String email, String officeHours, List<Contact> contacts, Long version) {
    }

    private final Units units;
    private final UnitAccess access;

    UnitApiController(Units units, UnitAccess access) {
        this.units = units;
        this.access = access;
    }

    @GetMapping
    List<UnitSummary> list(Site site) {
        List<Unit> all = units.directory(site.id());
        var codes = all.stream().collect(java.util.stream.Collectors.toMap(Unit::id, Unit::code));
        return all.stream().map(u -> new UnitSummary(u.code(), u.name(), u.kind(), codes.get(u.parentId()))).toList();
    }

    @GetMapping("/{code}")
    UnitDetail get(Site site, @PathVariable String code, Actor actor) {
        return detail(units.get(site.id(), code), actor);
    }

    @PutMapping("/{code}")
    UnitDetail update(Site site, @PathVariable String code, Actor actor, @RequestBody ProfileUpdate body) {
        if (body.version() == null) {
            throw org.opencounty.common.InvalidInputException.field("version", "请提供所修改记录的版本号（version）");
        }
        if (actor.siteId() != site.id()) {
            throw new NotAllowedException("您无权修改该单位的信息");
        }
        Unit unit = units.updateProfile(actor, site.id(), code, new UnitProfile(body.organisation(), body.duties(),
                body.leaderName(), body.address(), body.phone(), body.email(), body.officeHours(), body.contacts()), body.version());
        return detail(unit, actor);
    }

    private UnitDetail detail(Unit unit, Actor actor) {
        String parentCode = unit.parentId() == null ? null : units.byId(unit.parentId()).map(Unit::code).orElse(null);
        List<Contact> contacts = access.canSee(actor, unit) ? units.contactsOf(unit) : null;
        return new UnitDetail(unit.code(), unit.name(), unit.kind(), parentCode, unit.organisation(), unit.duties(),
                unit.leaderName(), unit.address(), unit.phone(), unit.email(), unit.officeHours(), contacts, unit.version());
    }
}
