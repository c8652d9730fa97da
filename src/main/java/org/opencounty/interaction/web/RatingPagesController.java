package org.opencounty.interaction.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.interaction.RatingForm;
import org.opencounty.interaction.RatingHandling;
import org.opencounty.interaction.RatingItem;
import org.opencounty.interaction.RatingQueries;
import org.opencounty.sites.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's 好差评: the published figures of a year and a month per unit, the aggregates per item, and the form a citizen rates an answered message or a decided case with. */
@Controller
class RatingPagesController {

    /** 国办发〔2019〕51号 was issued in December 2019: no figures before. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2019, 12);

    private final RatingHandling handling;
    private final RatingQueries queries;

    RatingPagesController(RatingHandling handling, RatingQueries queries) {
        this.handling = handling;
        this.queries = queries;
    }

    /** The figures are published per month: this month's page, so that a cached page never outlives its month. */
    @GetMapping("/ratings")
    String summary(@RequestParam(required = false) String rated) {
        return "redirect:/ratings/" + queries.currentMonth() + (rated != null ? "?rated" : "");
    }

    @GetMapping("/ratings/{month:\\d{4}-\\d{2}}")
    String figures(Site site, @PathVariable String month, @RequestParam(required = false) String rated, Model model) {
        YearMonth shown;
        try {
            shown = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("没有该月的评价统计");
        }
        YearMonth current = queries.currentMonth();
        if (shown.isAfter(current) || shown.isBefore(FIRST_MONTH)) {
            throw new NotFoundException("没有该月的评价统计");
        }
        model.addAttribute("figures", queries.figures(site.id(), shown));
        model.addAttribute("overall", queries.summary(site.id(), null).getFirst());
        model.addAttribute("previous", shown.equals(FIRST_MONTH) ? "" : shown.minusMonths(1).toString());
        model.addAttribute("next", shown.equals(current) ? "" : shown.plusMonths(1).toString());
        model.addAttribute("rated", rated != null);
        return "interaction/ratings";
    }

    /** The month an API caller asks for (this month when none); a malformed one is the caller's mistake. */
    static YearMonth month(String month, RatingQueries queries) {
        if (month == null || month.isBlank()) {
            return queries.currentMonth();
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            if (!parsed.isBefore(FIRST_MONTH) && !parsed.isAfter(queries.currentMonth())) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw InvalidInputException.field("month", "请写 " + FIRST_MONTH + " 至本月之间的年月（如 2026-07）");
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
