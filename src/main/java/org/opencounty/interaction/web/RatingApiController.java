package org.opencounty.interaction.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.interaction.Rating;
import org.opencounty.interaction.RatingFigures;
import org.opencounty.interaction.RatingFilter;
import org.opencounty.interaction.RatingForm;
import org.opencounty.interaction.RatingHandling;
import org.opencounty.interaction.RatingQueries;
import org.opencounty.interaction.RatingSummary;
import org.opencounty.sites.Site;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 好差评 over JSON: citizens rate, the public reads the aggregates, the unit follows up and appeals, the center decides. */
@RestController
@RequestMapping("/api/v1/ratings")
class RatingApiController {

    record CreateRequest(String subject, Long id, String queryCode, String phone, String level, Map<String, Integer> items, String comment) {
    }

    record NoteRequest(String note, Long version) {
    }

    record RectifyRequest(String kind, String note, Long version) {
    }

    record ReasonRequest(String reason, Long version) {
    }

    record DecideRequest(Boolean upheld, String reason, Long version) {
    }

    /** A rating; the follow-up, rectification and appeal fields only to staff. */
    record RatingJson(long id, String subject, long subjectId, String unitCode, String level, String levelLabel, Map<String, Integer> items,
                      String comment, LocalDate ratedOn, String state, String stateLabel, LocalDate followUpDue, String followUpNote,
                      String rectificationKind, String rectificationNote, String appealState, String appealReason, String appealDecision,
                      boolean excluded, long version) {

        static RatingJson of(Rating r, String unitCode) {
            return new RatingJson(r.id(), r.subject(), r.subjectId(), unitCode, r.level().name(), r.level().label(),
                    Map.of("OVERALL", r.overall(), "EFFICIENCY", r.efficiency(), "ATTITUDE", r.attitude()), r.comment(), r.ratedOn(),
                    r.state().name(), r.state().label(), r.followUpDue(), r.followUpNote(), r.rectificationKind(), r.rectificationNote(),
                    r.appealState(), r.appealReason(), r.appealDecision(), r.excluded(), r.version());
        }
    }

    private final RatingHandling handling;
    private final RatingQueries queries;
    private final org.opencounty.units.Units units;

    RatingApiController(RatingHandling handling, RatingQueries queries, org.opencounty.units.Units units) {
        this.handling = handling;
        this.queries = queries;
        this.units = units;
    }

    @PostMapping
    ResponseEntity<RatingJson> create(Actor actor, Site site, @RequestBody CreateRequest body) {
        Rating r = handling.rate(actor, site.id(), new RatingForm(body.subject(), body.id(), body.queryCode(), body.phone(), body.level(),
                body.items(), body.comment()));
        return ResponseEntity.status(HttpStatus.CREATED).body(json(r));
    }

    /** A rating as the staff's list shows it, with where its follow-up stands today. */
    record RatingLineJson(RatingJson rating, String unitName, String standing, String standingLabel) {

        static RatingLineJson of(RatingQueries.RatingLine line) {
            return new RatingLineJson(RatingJson.of(line.rating(), line.unitCode()), line.unitName(), line.standing().name(),
                    line.standing().label());
        }
    }

    /** One rating for the back office: the follow-up's working days left (negative: overdue) and what the caller may do. */
    record RatingDetailJson(RatingLineJson line, String subjectLink, Integer remainingWorkingDays, boolean canFollowUp, boolean canAppeal,
                            boolean canDecide) {
    }

    @GetMapping
    PageOf<RatingJson> list(Actor actor, Site site, @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String level,
                            @RequestParam(required = false) String item, @RequestParam(required = false) String state,
                            @RequestParam(required = false) String period, @RequestParam(required = false) String unit) {
        PageOf<RatingQueries.RatingLine> lines = queries.list(actor, site.id(), RatingFilter.parse(level, item, state, period, unit),
                PageOf.requirePage(page), 20);
        return new PageOf<>(lines.total(), lines.page(), lines.size(),
                lines.items().stream().map(l -> RatingJson.of(l.rating(), l.unitCode())).toList());
    }

    @GetMapping("/counts")
    RatingQueries.RatingCounts counts(Actor actor, Site site, @RequestParam(required = false) String level,
                                      @RequestParam(required = false) String item, @RequestParam(required = false) String state,
                                      @RequestParam(required = false) String period, @RequestParam(required = false) String unit) {
        return queries.counts(actor, site.id(), RatingFilter.parse(level, item, state, period, unit));
    }

    @GetMapping("/{id}")
    RatingDetailJson detail(Actor actor, @PathVariable long id) {
        RatingQueries.RatingView view = queries.view(actor, id);
        return new RatingDetailJson(RatingLineJson.of(view.line()), view.subjectLink(), view.remainingWorkingDays(), view.canFollowUp(),
                view.canAppeal(), view.canDecide());
    }

    @GetMapping("/summary")
    List<RatingSummary> summary(Site site, @RequestParam(required = false) String unit) {
        return queries.summary(site.id(), unit);
    }

    /** The published figures of a month's year and of the month (default: this month). */
    @GetMapping("/figures")
    RatingFigures.Published figures(Site site, @RequestParam(required = false) String month) {
        return queries.figures(site.id(), RatingPagesController.month(month, queries));
    }

    @PostMapping("/{id}/follow-up")
    RatingJson followUp(Actor actor, @PathVariable long id, @RequestBody NoteRequest body) {
        return json(handling.followUp(actor, id, version(body.version()), body.note()));
    }

    @PostMapping("/{id}/rectify")
    RatingJson rectify(Actor actor, @PathVariable long id, @RequestBody RectifyRequest body) {
        return json(handling.rectify(actor, id, version(body.version()), body.kind(), body.note()));
    }

    @PostMapping("/{id}/appeal")
    RatingJson appeal(Actor actor, @PathVariable long id, @RequestBody ReasonRequest body) {
        return json(handling.appeal(actor, id, version(body.version()), body.reason()));
    }

    @PostMapping("/{id}/appeal/decide")
    RatingJson decide(Actor actor, @PathVariable long id, @RequestBody DecideRequest body) {
        return json(handling.decideAppeal(actor, id, version(body.version()), body.upheld(), body.reason()));
    }

    private RatingJson json(Rating r) {
        return RatingJson.of(r, r.unitId() == null ? "" : units.byId(r.unitId()).map(org.opencounty.units.Unit::code).orElse(""));
    }

    private static long version(Long version) {
        return version == null ? -1 : version;
    }
}
