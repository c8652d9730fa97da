package org.opencounty.sites.web;

import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.sites.SiteIdentification;
import org.opencounty.sites.Sites;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The site's identification for the footer and meta tags, kept by the center's administrators. */
@Controller
class SiteAdminController {

    private final Sites sites;

    SiteAdminController(Sites sites) {
        this.sites = sites;
    }

    @GetMapping("/admin/site")
    String form(Actor actor, Model model, @RequestParam(required = false) String saved) {
        requireAdministrator(actor);
        model.addAttribute("site", SiteIdentification.of(sites.byId(actor.siteId())));
        model.addAttribute("errors", Map.of());
        model.addAttribute("saved", saved != null);
        return "sites/backoffice/site";
    }

    @PostMapping("/admin/site")
    String save(Actor actor, @RequestParam Map<String, String> params, Model model) {
        SiteIdentification identification = new SiteIdentification(params.get("name"), params.get("domain"),
                params.get("siteIdCode"), params.get("icpNumber"), params.get("psbNumber"), params.get("organiser"),
                params.get("organiserContact"));
        try {
            sites.identify(actor, actor.siteId(), identification);
            return "redirect:/admin/site?saved";
        } catch (DomainException e) {
            model.addAttribute("site", identification);
            model.addAttribute("errors", e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
            model.addAttribute("saved", false);
            return "sites/backoffice/site";
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.CENTER_ADMIN)) {
            throw new NotAllowedException("只有中心管理员可以修改网站信息");
        }
    }
}
