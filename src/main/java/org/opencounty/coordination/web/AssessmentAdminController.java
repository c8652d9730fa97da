package org.opencounty.coordination.web;

import java.time.LocalDate;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.coordination.Assessment;
import org.opencounty.coordination.AssessmentYear;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The assessment in the back office: the year's ranking and scheme, a unit's score with its sources, adjusting, closing, publishing. */
@Controller
class AssessmentAdminController {

    private final Assessment assessment;
    private final java.time.Clock clock;

    AssessmentAdminController(Assessment assessment, java.time.Clock clock) {
        this.assessment = assessment;
        this.clock = clock;
    }

    @GetMapping("/admin/assessment")
    String ranking(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA).getYear() : year;
        model.addAttribute("ranking", assessment.ranking(actor, actor.siteId(), shown));
        model.addAttribute("scheme", assessment.scheme(actor, actor.siteId(), shown));
        model.addAttribute("mayAdminister", Assessment.mayAdminister(actor));
        return "coordination/backoffice/assessment";
    }

    @GetMapping("/admin/assessment/{year}/units/{code}")
    String unit(Actor actor, @PathVariable int year, @PathVariable String code, Model model) {
        return unitPage(actor, year, code, Map.of(), Map.of(), model);
    }

    @PostMapping("/admin/assessment/{year}/units/{code}/adjustments")
    String adjust(Actor actor, @PathVariable int year, @PathVariable String code, @RequestParam Map<String, String> form, Model model) {
        try {
            assessment.adjust(actor, actor.siteId(), year, code, AssessmentApiController.number(form.get("indicator"), "indicator", "指标"),
                    AssessmentApiController.decimal(form.get("points")), form.get("reason"));
        } catch (InvalidInputException e) {
            return unitPage(actor, year, code, form, e.fields(), model);
        }
        return "redirect:/admin/assessment/" + year + "/units/" + code;
    }

    @PostMapping("/admin/assessment/{year}/close")
    String close(Actor actor, @PathVariable int year) {
        assessment.close(actor, actor.siteId(), year);
        return "redirect:/admin/assessment?year=" + year;
    }

    @PostMapping("/admin/assessment/{year}/publish")
    String publish(Actor actor, @PathVariable int year, @RequestParam(defaultValue = "") String audience) {
        assessment.publish(actor, actor.siteId(), year, TaskRequest.parse(AssessmentYear.Audience.class, audience).orElse(null));
        return "redirect:/admin/assessment?year=" + year;
    }

    private String unitPage(Actor actor, int year, String code, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("score", assessment.unit(actor, actor.siteId(), year, code));
        model.addAttribute("closed", assessment.ranking(actor, actor.siteId(), year).closed());
        model.addAttribute("mayAdjust", Assessment.mayAdjust(actor));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "coordination/backoffice/assessmentUnit";
    }
}
