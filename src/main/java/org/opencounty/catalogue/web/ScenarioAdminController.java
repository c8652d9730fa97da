package org.opencounty.catalogue.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.Scenario;
import org.opencounty.catalogue.Scenarios;
import org.opencounty.catalogue.ServiceTarget;
import org.opencounty.web.FormRefusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The center's editors keep the life-event scenarios (一件事): a name, who it is for, and the items in the
 * order they are done. Without JavaScript the order is a number beside each chosen item.
 */
@Controller
class ScenarioAdminController {

    private final Scenarios scenarios;
    private final PublishedCatalogue catalogue;

    ScenarioAdminController(Scenarios scenarios, PublishedCatalogue catalogue) {
        this.scenarios = scenarios;
        this.catalogue = catalogue;
    }

    @GetMapping("/admin/scenarios")
    String list(Actor actor, Model model) {
        requireEditor(actor);
        model.addAttribute("scenarios", scenarios.all(actor.siteId()));
        return "catalogue/backoffice/scenarios";
    }

    @GetMapping({"/admin/scenarios/new", "/admin/scenarios/{id}"})
    String form(Actor actor, @PathVariable(required = false) Long id, Model model) {
        requireEditor(actor);
        Scenario scenario = id == null ? null : scenarios.get(actor.siteId(), id);
        return form(actor, model, scenario, Map.of());
    }

    @PostMapping({"/admin/scenarios", "/admin/scenarios/{id}"})
    String save(Actor actor, @PathVariable(required = false) Long id, @RequestParam Map<String, String> params, Model model) {
        requireEditor(actor);
        List<Scenario.Step> steps = new ArrayList<>();
        params.entrySet().stream().filter(e -> e.getKey().startsWith("order_") && !e.getValue().isBlank())
                .sorted(Comparator.comparingInt(e -> parse(e.getValue())))
                .forEach(e -> {
                    String item = e.getKey().substring(6);
                    steps.add(new Scenario.Step(Long.parseLong(item), params.getOrDefault("note_" + item, "").strip()));
                });
        ServiceTarget audience = "LEGAL".equals(params.get("audience")) ? ServiceTarget.LEGAL : ServiceTarget.NATURAL;
        return FormRefusals.handle(() -> "redirect:/admin/scenarios/" + scenarios.save(actor, actor.siteId(), id, params.get("name"),
                params.get("description"), audience, steps,
                params.get("version") == null || params.get("version").isBlank() ? null : Long.parseLong(params.get("version"))).id(), e -> {
            Scenario typed = new Scenario(id == null ? 0 : id, params.getOrDefault("name", ""), params.getOrDefault("description", ""),
                    audience, steps, params.get("version") == null || params.get("version").isBlank() ? 0 : Long.parseLong(params.get("version")));
            return form(actor, model, typed, FormRefusals.messages(e));
        });
    }

    private String form(Actor actor, Model model, Scenario scenario, Map<String, String> errors) {
        model.addAttribute("scenario", scenario);
        model.addAttribute("items", catalogue.items(actor.siteId(), new PublishedCatalogue.Filter(null, null, null, null, null)));
        model.addAttribute("errors", errors);
        return "catalogue/backoffice/scenario";
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static void requireEditor(Actor actor) {
        if (!actor.has(Role.CENTER_EDITOR)) {
            throw new NotAllowedException("只有中心审核员可以维护场景式服务");
        }
    }
}
