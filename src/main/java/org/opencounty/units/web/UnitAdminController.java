package org.opencounty.units.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.units.ContactRole;
import org.opencounty.units.ProfileQueries;
import org.opencounty.units.ProfileReview;
import org.opencounty.units.ProfileView;
import org.opencounty.units.ProfileWriting;
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

/**
 * Units in the back office: staff write their unit's profile into a revision and submit it; the unit's leader and the
 * center review it on the same page; administrators create and arrange units.
 */
@Controller
class UnitAdminController {

    private static final Map<String, String> DONE = Map.of(
            "edit", "已保存为草稿。报送单位领导审核、经电子政务中心审核发布后，网站才显示新的内容。",
            "submit", "已报送单位领导审核。",
            "approve", "已审核通过。",
            "publish", "已发布，网站已显示新的单位信息。",
            "return", "已退回修改。",
            "identify", "已保存统一社会信用代码和机构全称：此后发布的信息按新代码编索引号，已发的索引号不变。");

    private final Units units;
    private final UnitAccess access;
    private final ProfileWriting writing;
    private final ProfileReview review;
    private final ProfileQueries queries;
    private final ReviewPermissions permissions;

    UnitAdminController(Units units, UnitAccess access, ProfileWriting writing, ProfileReview review, ProfileQueries queries,
                        ReviewPermissions permissions) {
        this.units = units;
        this.access = access;
        this.writing = writing;
        this.review = review;
        this.queries = queries;
        this.permissions = permissions;
    }

    @GetMapping("/admin/units")
    String list(Actor actor, Model model) {
        List<Unit> visible = units.directory(actor.siteId()).stream().filter(u -> access.canSee(actor, u)).toList();
        model.addAttribute("units", visible);
        model.addAttribute("editable", units.editableBy(actor).stream().map(Unit::code).toList());
        model.addAttribute("administrator", access.canAdminister(actor, actor.siteId()));
        return "units/backoffice/units";
    }

    @GetMapping("/admin/units/{code}")
    String show(Actor actor, @PathVariable String code, @RequestParam(required = false) String done, Model model) {
        ProfileView view = queries.view(actor, actor.siteId(), code);
        return page(actor, model, view, ProfileForm.of(view.current(), view.unit().version()), null,
                done == null ? null : DONE.get(done));
    }

    @PostMapping("/admin/units/{code}")
    String save(Actor actor, @PathVariable String code, @ModelAttribute ProfileForm form, Model model, HttpServletResponse response) {
        try {
            writing.edit(actor, actor.siteId(), code, form.toProfile(), form.getVersion());
            return "redirect:/admin/units/" + code + "?done=edit";
        } catch (DomainException e) {
            // What the person typed is shown again with the messages, so nothing they entered is lost.
            response.setStatus(e.status());
            return page(actor, model, queries.view(actor, actor.siteId(), code), form.withSpareRows(), e, null);
        }
    }

    /** The unit's 统一社会信用代码 and full legal name, entered by the center's administrator. */
    @PostMapping("/admin/units/{code}/identification")
    String identify(Actor actor, @PathVariable String code, @RequestParam(defaultValue = "") String creditCode,
                    @RequestParam(defaultValue = "") String legalName, @RequestParam long version, Model model,
                    HttpServletResponse response) {
        try {
            units.identify(actor, actor.siteId(), code, creditCode, legalName, version);
            return "redirect:/admin/units/" + code + "?done=identify";
        } catch (DomainException e) {
            response.setStatus(e.status());
            ProfileView view = queries.view(actor, actor.siteId(), code);
            return page(actor, model, view, ProfileForm.of(view.current(), view.unit().version()), e, null);
        }
    }

    @PostMapping("/admin/units/{code}/profile/{action}")
    String act(Actor actor, @PathVariable String code, @PathVariable String action, @RequestParam(defaultValue = "") String reason,
               Model model, HttpServletResponse response) {
        try {
            switch (action) {
                case "submit" -> review.submit(actor, actor.siteId(), code);
                case "approve" -> review.approve(actor, actor.siteId(), code);
                case "publish" -> review.publish(actor, actor.siteId(), code);
                case "return" -> review.returnForChanges(actor, actor.siteId(), code, reason);
                default -> throw new NotFoundException("不支持的操作");
            }
            return "redirect:/admin/units/" + code + "?done=" + action;
        } catch (DomainException e) {
            response.setStatus(e.status());
            ProfileView view = queries.view(actor, actor.siteId(), code);
            return page(actor, model, view, ProfileForm.of(view.current(), view.unit().version()), e, null);
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
        return "units/backoffice/unitNew";
    }

    /** {@code refusal} is what stopped the person's last step, shown with a message per field; null when nothing did. */
    private String page(Actor actor, Model model, ProfileView view, ProfileForm form, DomainException refusal, String message) {
        Unit unit = view.unit();
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("alert", refusal == null ? null : refusal.getMessage());
        model.addAttribute("errors", refusal == null ? Map.of() : refusal.fields());
        model.addAttribute("message", message);
        model.addAttribute("contactRoles", List.of(ContactRole.values()));
        model.addAttribute("canWrite", access.canEditProfile(actor, unit));
        model.addAttribute("canLeader", permissions.canReviewAsLeader(actor, unit.siteId(), unit.id()));
        model.addAttribute("canCenter", permissions.canReviewAsCenter(actor, unit.siteId(), unit.id()));
        model.addAttribute("canAdminister", access.canAdminister(actor, unit.siteId()));
        return "units/backoffice/unitProfile";
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
