package org.opencounty.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.interaction.InteractionPermissions;
import org.opencounty.interaction.RatingFilter;
import org.opencounty.interaction.RatingHandling;
import org.opencounty.interaction.RatingItem;
import org.opencounty.interaction.RatingLevel;
import org.opencounty.interaction.RatingQueries;
import org.opencounty.sites.Site;
import org.opencounty.units.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 好差评 in the back office: the ratings of one's scope with filters and counts, one rating with its follow-up (回访,
 * then rectification or explanation) and its appeal, each step a form that works without JavaScript.
 */
@Controller
class RatingAdminController {

    private final RatingQueries queries;
    private final RatingHandling handling;
    private final InteractionPermissions permissions;
    private final Units units;

    RatingAdminController(RatingQueries queries, RatingHandling handling, InteractionPermissions permissions, Units units) {
        this.queries = queries;
        this.handling = handling;
        this.permissions = permissions;
        this.units = units;
    }

    @GetMapping("/admin/ratings")
    String list(Actor actor, Site site, @RequestParam(required = false) String level, @RequestParam(required = false) String item,
                @RequestParam(required = false) String state, @RequestParam(required = false) String period,
                @RequestParam(required = false) String unit, @RequestParam(defaultValue = "1") int page, Model model,
                HttpServletResponse response) {
        Map<String, String> chosen = Map.of("level", blank(level), "item", blank(item), "state", blank(state), "period", blank(period),
                "unit", blank(unit));
        RatingFilter filter;
        Map<String, String> errors = Map.of();
        try {
            filter = RatingFilter.parse(level, item, state, period, unit);
            model.addAttribute("counts", queries.counts(actor, site.id(), filter));
        } catch (InvalidInputException e) {
            response.setStatus(e.status());
            errors = e.fields();
            filter = RatingFilter.NONE;
            model.addAttribute("counts", queries.counts(actor, site.id(), filter));
        }
        model.addAttribute("ratings", queries.list(actor, site.id(), filter, PageOf.clampPage(page), 50));
        model.addAttribute("filter", filter);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", List.of(RatingLevel.values()));
        model.addAttribute("items", List.of(RatingItem.values()));
        model.addAttribute("center", permissions.canSeeAll(actor, site.id()));
        model.addAttribute("units", units.directory(site.id()));
        return "interaction/backoffice/ratings";
    }

    @GetMapping("/admin/ratings/{id}")
    String detail(Actor actor, @PathVariable long id, Model model) {
        return detail(actor, id, model, "", Map.of(), Map.of());
    }

    @PostMapping("/admin/ratings/{id}/{action}")
    String act(Actor actor, @PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> params, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        long version = MessageAdminController.parseVersion(params.get("version"));
        try {
            switch (action) {
                case "follow-up" -> handling.followUp(actor, id, version, params.get("note"));
                case "rectify" -> handling.rectify(actor, id, version, params.get("kind"), params.get("note"));
                case "appeal" -> handling.appeal(actor, id, version, params.get("reason"));
                case "decide" -> handling.decideAppeal(actor, id, version, upheld(params.get("upheld")), params.get("reason"));
                default -> throw new NotFoundException("没有这项操作");
            }
        } catch (DomainException e) {
            if (e instanceof NotAllowedException || e instanceof NotFoundException) {
                throw e;
            }
            response.setStatus(e.status());
            return detail(actor, id, model, action, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields(), params);
        }
        redirect.addFlashAttribute("done", switch (action) {
            case "follow-up" -> "回访情况已记录。";
            case "rectify" -> "整改或说明已记录，回访整改办结。";
            case "appeal" -> "申诉已提交中心复核。";
            default -> "复核结果已记录。";
        });
        return "redirect:/admin/ratings/" + id;
    }

    /** The page again after a refusal: the refused form's errors beside its fields, what was typed kept. */
    private String detail(Actor actor, long id, Model model, String action, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("view", queries.view(actor, id));
        model.addAttribute("action", action);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", "");
        }
        return "interaction/backoffice/rating";
    }

    private static Boolean upheld(String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
