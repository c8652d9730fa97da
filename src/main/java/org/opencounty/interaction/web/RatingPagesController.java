package org.opencounty.interaction.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.interaction.RatingForm;
import org.opencounty.interaction.RatingHandling;
import org.opencounty.interaction.RatingItem;
import org.opencounty.interaction.RatingQueries;
import org.opencounty.sites.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's 好差评: the public aggregates per unit and item, and the form a citizen rates an answered message or a decided case with. */
@Controller
class RatingPagesController {

    private final RatingHandling handling;
    private final RatingQueries queries;

    RatingPagesController(RatingHandling handling, RatingQueries queries) {
        this.handling = handling;
        this.queries = queries;
    }

    @GetMapping("/ratings")
    String summary(Site site, @RequestParam(required = false) String rated, Model model) {
        model.addAttribute("summaries", queries.summary(site.id(), null));
        model.addAttribute("rated", rated != null);
        return "interaction/ratings";
    }

    @GetMapping("/ratings/new")
    String form(@RequestParam(defaultValue = "MESSAGE") String subject, @RequestParam long id,
                @RequestParam(required = false) String queryCode, Model model) {
        return form(model, Map.of("subject", "APPLICATION".equals(subject) ? "APPLICATION" : "MESSAGE", "id", String.valueOf(id),
                "queryCode", queryCode == null ? "" : queryCode), Map.of(), "");
    }

    @PostMapping("/ratings/new")
    String rate(Actor actor, Site site, @RequestParam Map<String, String> params, Model model,
                jakarta.servlet.http.HttpServletResponse response) {
        Map<String, Integer> items = new LinkedHashMap<>();
        for (RatingItem item : RatingItem.values()) {
            String score = params.getOrDefault("item_" + item.name(), "");
            items.put(item.name(), score.matches("[1-5]") ? Integer.valueOf(score) : null);
        }
        Long id = params.getOrDefault("id", "").matches("\\d{1,18}") ? Long.valueOf(params.get("id")) : null;
        try {
            handling.rate(actor, site.id(), new RatingForm(params.get("subject"), id, blankToNull(params.get("queryCode")),
                    blankToNull(params.get("phone")), params.get("level"), items, params.get("comment")));
            return "redirect:/ratings?rated";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(model, params, e.fields(), "");
        } catch (DomainException e) {
            response.setStatus(e.status());
            return form(model, params, Map.of(), e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String form(Model model, Map<String, String> values, Map<String, String> errors, String refusal) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "interaction/ratingForm";
    }
}
