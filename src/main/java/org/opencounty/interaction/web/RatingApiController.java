package org.opencounty.interaction.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.interaction.Rating;
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

    @GetMapping
    PageOf<RatingJson> list(Actor actor, Site site, @RequestParam(defaultValue = "1") int page) {
        PageOf<RatingQueries.RatingLine> lines = queries.list(actor, site.id(), PageOf.requirePage(page), 20);
        return new PageOf<>(lines.total(), lines.page(), lines.size(),
                lines.items().stream().map(l -> RatingJson.of(l.rating(), l.unitCode())).toList());
    }

    @GetMapping("/summary")
    List<RatingSummary> summary(Site site, @RequestParam(required = false) String unit) {
        return queries.summary(site.id(), unit);
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
