package org.opencounty.coordination.web;

import java.time.Instant;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.web.PageOf;
import org.opencounty.coordination.Circular;
import org.opencounty.coordination.CircularView;
import org.opencounty.coordination.Circulars;
import org.opencounty.printing.OfficialPrinting;
import org.opencounty.review.ReviewEvent;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Circulars (通报) in the API; the service decides who may do what. */
@RestController
@RequestMapping("/api/v1/circulars")
class CircularApiController {

    record CircularJson(long id, String title, String body, String state, String stateLabel, String number, String audience,
                        Instant issuedAt, Long articleId, String source, long version, List<CircularView.Signature> recipients,
                        List<ReviewEvent> history) {

        static CircularJson of(CircularView view) {
            Circular c = view.circular();
            return new CircularJson(c.id(), view.title(), view.body(), c.state().name(), view.stateLabel(), c.number(),
                    c.audience() == null ? null : c.audience().name(), c.issuedAt(), c.articleId(), c.source(), c.version(),
                    view.recipients(), view.history());
        }
    }

    record DraftBody(Source from) {
        record Source(String task, String inspection, String assessment, String supervisionQuarter) {
        }
    }

    record EditBody(String title, String body, Long version) {
    }

    record IssueBody(String audience, List<String> units) {
    }

    record ReasonBody(String reason) {
    }

    private final Circulars circulars;
    private final OfficialPrinting printing;

    CircularApiController(Circulars circulars, OfficialPrinting printing) {
        this.circulars = circulars;
        this.printing = printing;
    }

    /** The API's and the back office's lists of circulars hold the same number a page. */
    static final int PER_PAGE = 50;

    @GetMapping
    PageOf<CircularJson> list(Actor actor, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        return circulars.list(actor, PageOf.requirePage(page), Math.max(1, Math.min(size, PER_PAGE))).map(CircularJson::of);
    }

    /** {@code {"from":{"task":id}|{"inspection":id}|{"assessment":year}|{"supervisionQuarter":"2026Q3"}}}. */
    @PostMapping("/draft")
    @ResponseStatus(HttpStatus.CREATED)
    CircularJson draft(Actor actor, @RequestBody DraftBody body) {
        DraftBody.Source from = body.from();
        Circulars.DraftSource source = from == null ? null : new Circulars.DraftSource(
                AssessmentApiController.number(from.task(), "task", "任务"),
                from.assessment() == null ? null : AssessmentApiController.number(from.assessment(), "assessment", "年度").intValue(),
                from.supervisionQuarter(), AssessmentApiController.number(from.inspection(), "inspection", "督查"));
        Circular circular = circulars.draft(actor, source);
        return CircularJson.of(circulars.view(actor, circular.id()));
    }

    @GetMapping("/{id}")
    CircularJson get(Actor actor, @PathVariable long id) {
        return CircularJson.of(circulars.view(actor, id));
    }

    @PutMapping("/{id}")
    CircularJson edit(Actor actor, @PathVariable long id, @RequestBody EditBody body) {
        if (body.version() == null) {
            throw InvalidInputException.field("version", "请提供您开始修改时的版本号");
        }
        circulars.edit(actor, id, body.title(), body.body(), body.version());
        return CircularJson.of(circulars.view(actor, id));
    }

    @PostMapping("/{id}/submit")
    CircularJson submit(Actor actor, @PathVariable long id) {
        circulars.submit(actor, id);
        return CircularJson.of(circulars.view(actor, id));
    }

    @PostMapping("/{id}/approve")
    CircularJson approve(Actor actor, @PathVariable long id) {
        circulars.approve(actor, id);
        return CircularJson.of(circulars.view(actor, id));
    }

    @PostMapping("/{id}/return")
    CircularJson returnForChanges(Actor actor, @PathVariable long id, @RequestBody ReasonBody body) {
        circulars.returnForChanges(actor, id, body.reason());
        return CircularJson.of(circulars.view(actor, id));
    }

    /** {@code {"audience":"INTERNAL"|"PUBLIC","units"?:[code,…]}}. */
    @PostMapping("/{id}/issue")
    CircularJson issue(Actor actor, @PathVariable long id, @RequestBody IssueBody body) {
        Circular.Audience audience = TaskRequest.parse(Circular.Audience.class, body.audience()).orElse(null);
        circulars.issue(actor, id, audience, body.units());
        return CircularJson.of(circulars.view(actor, id));
    }

    @PostMapping("/{id}/sign")
    CircularJson sign(Actor actor, @PathVariable long id) {
        circulars.sign(actor, id);
        return CircularJson.of(circulars.view(actor, id));
    }

    @GetMapping(value = "/{id}.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        byte[] pdf = printing.pdf(circulars.layout(actor, id));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("circular-" + id + ".pdf")).body(pdf);
    }
}
