package org.opencounty.admin;

import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.sites.Site;
import org.opencounty.units.ContactRole;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Units in the back office: staff keep their unit's profile current; administrators create and arrange units. */
@Controller
class UnitAdminController {

    private final Units units;
    private final UnitAccess access;

    UnitAdminController(Units units, UnitAccess access) {
        this.units = units;
        this.access = access;
    }

    @GetMapping("/admin/units")
    String list(Actor actor, Model model) {
        List<Unit> visible = units.directory(actor.siteId()).stream().filter(u -> access.canSee(actor, u)).toList();
        model.addAttribute("units", visible);
        model.addAttribute("editable", units.editableBy(actor).stream().map(Unit::code).toList());
        model.addAttribute("administrator", access.canAdminister(actor, actor.siteId()));
        return "admin/units";
    }

    @GetMapping("/admin/units/{code}")
    String edit(Actor actor, @PathVariable String code, Model model, @RequestParam(required = false) String saved) {
        Unit unit = editable(actor, code);
        return form(model, unit, ProfileForm.of(unit, units.contactsOf(unit)), Map.of(), saved != null);
    }

    @PostMapping("/admin/units/{code}")
    String save(Actor actor, @PathVariable String code, @ModelAttribute ProfileForm form, Model model) {
        Unit unit = editable(actor, code);
        try {
            units.updateProfile(actor, actor.siteId(), code, form.toProfile(), form.getVersion());
            return "redirect:/admin/units/" + code + "?saved";
        } catch (DomainException e) {
            // What the person typed is shown again with the messages, so nothing they entered is lost.
            Map<String, String> errors = e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields();
            model.addAttribute("status", e.status());
            return form(model, unit, form.withSpareRows(), errors, false);
        }
    }

    @GetMapping("/admin/units/new")
    String newUnit(Actor actor, Model model) {
        requireAdministrator(actor);
        return createForm(actor, model, Map.of(), Map.of());
    }

    @PostMapping("/admin/units")
    String create(Actor actor, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        requireAdministrator(actor);
        try {
            UnitKind kind = params.get("kind") == null || params.get("kind").isBlank() ? null : UnitKind.valueOf(params.get("kind"));
            int sort = parseInt(params.get("sortOrder"));
            Unit unit = units.create(actor, actor.siteId(), params.get("code"), params.get("name"), kind, params.get("parentCode"), sort);
            return "redirect:/admin/units/" + unit.code();
        } catch (DomainException e) {
            return createForm(actor, model, params, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        } catch (IllegalArgumentException e) {
            return createForm(actor, model, params, Map.of("kind", "请选择单位类别"));
        }
    }

    private String createForm(Actor actor, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("units", units.directory(actor.siteId()));
        model.addAttribute("kinds", List.of(UnitKind.values()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "admin/unitNew";
    }

    private String form(Model model, Unit unit, ProfileForm form, Map<String, String> errors, boolean saved) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("contactRoles", List.of(ContactRole.values()));
        return "admin/unitEdit";
    }

    private Unit editable(Actor actor, String code) {
        Unit unit = units.get(actor.siteId(), code);
        if (!access.canEditProfile(actor, unit)) {
            throw new NotAllowedException("您无权修改该单位的信息");
        }
        return unit;
    }

    private void requireAdministrator(Actor actor) {
        if (!access.canAdminister(actor, actor.siteId())) {
            throw new NotAllowedException("只有中心管理员可以管理单位");
        }
    }

    private static int parseInt(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
