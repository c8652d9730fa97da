package org.opencounty.coordination.web;

import java.math.BigDecimal;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.coordination.Assessment;
import org.opencounty.coordination.AssessmentYear;
import org.opencounty.coordination.Indicator;
import org.opencounty.coordination.IndicatorSpec;
import org.opencounty.coordination.Ranking;
import org.opencounty.coordination.RuleKind;
import org.opencounty.coordination.UnitScore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The assessment (绩效考核) in the API; the service decides who reads and changes what. */
@RestController
@RequestMapping("/api/v1/assessment")
class AssessmentApiController {

    record IndicatorJson(long id, String part, String name, BigDecimal maxPoints, RuleKind rule, String ruleLabel, BigDecimal pointsEach) {

        static IndicatorJson of(Indicator i) {
            return new IndicatorJson(i.id(), i.part(), i.name(), i.maxPoints(), i.rule(), i.rule().label(), i.pointsEach());
        }
    }

    record AdjustmentBody(String indicator, String points, String reason) {
    }

    record AudienceBody(String audience) {
    }

    record SchemeBody(List<IndicatorSpec> indicators) {
    }

    private final Assessment assessment;

    AssessmentApiController(Assessment assessment) {
        this.assessment = assessment;
    }

    @GetMapping("/{year}")
    Ranking ranking(Actor actor, @PathVariable int year) {
        return assessment.ranking(actor, actor.siteId(), year);
    }

    @GetMapping("/{year}/scheme")
    List<IndicatorJson> scheme(Actor actor, @PathVariable int year) {
        return assessment.scheme(actor, actor.siteId(), year).stream().map(IndicatorJson::of).toList();
    }

    @PutMapping("/{year}/scheme")
    List<IndicatorJson> defineScheme(Actor actor, @PathVariable int year, @RequestBody SchemeBody body) {
        return assessment.defineScheme(actor, actor.siteId(), year, body.indicators()).stream().map(IndicatorJson::of).toList();
    }

    @GetMapping("/{year}/units/{code}")
    UnitScore unit(Actor actor, @PathVariable int year, @PathVariable String code) {
        return assessment.unit(actor, actor.siteId(), year, code);
    }

    /** {@code {"indicator": id, "points": "-2" | "3.5", "reason"}}; no reason → 400. */
    @PostMapping("/{year}/units/{code}/adjustments")
    UnitScore adjust(Actor actor, @PathVariable int year, @PathVariable String code, @RequestBody AdjustmentBody body) {
        return assessment.adjust(actor, actor.siteId(), year, code, number(body.indicator(), "indicator", "指标"),
                decimal(body.points()), body.reason());
    }

    @PostMapping("/{year}/close")
    Ranking close(Actor actor, @PathVariable int year) {
        return assessment.close(actor, actor.siteId(), year);
    }

    /** {@code {"audience": "UNITS" | "PORTAL"}}. */
    @PostMapping("/{year}/publish")
    Ranking publish(Actor actor, @PathVariable int year, @RequestBody AudienceBody body) {
        AssessmentYear.Audience audience = TaskRequest.parse(AssessmentYear.Audience.class, body.audience()).orElse(null);
        return assessment.publish(actor, actor.siteId(), year, audience);
    }

    static Long number(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(field, label + "应为编号");
        }
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("points", "调整分值应为数字，如 -2 或 3.5");
        }
    }
}
