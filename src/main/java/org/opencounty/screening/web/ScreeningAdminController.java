package org.opencounty.screening.web;

import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.screening.ScreeningTerms;
import org.opencounty.web.FormRefusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The center's prohibited-term list, checked on every submission and publication. */
@Controller
class ScreeningAdminController {

    private final ScreeningTerms terms;

    ScreeningAdminController(ScreeningTerms terms) {
        this.terms = terms;
    }

    @GetMapping("/admin/screening")
    String list(Actor actor, Model model) {
        return page(actor, model, Map.of(), Map.of());
    }

    @PostMapping("/admin/screening")
    String add(Actor actor, @RequestParam(defaultValue = "") String term, @RequestParam(defaultValue = "") String category, Model model) {
        return FormRefusals.handle(() -> {
            terms.add(actor, term, category);
            return "redirect:/admin/screening";
        }, e -> page(actor, model, Map.of("term", term, "category", category), FormRefusals.messages(e)));
    }

    @PostMapping("/admin/screening/{id}/delete")
    String remove(Actor actor, @PathVariable long id) {
        terms.remove(actor, id);
        return "redirect:/admin/screening";
    }

    private String page(Actor actor, Model model, Map<String, String> values, Map<String, String> errors) {
        if (!actor.has(Role.CENTER_ADMIN)) {
            throw new NotAllowedException("只有中心管理员可以维护禁用词表");
        }
        model.addAttribute("terms", terms.all(actor.siteId()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "screening/backoffice/screening";
    }
}
