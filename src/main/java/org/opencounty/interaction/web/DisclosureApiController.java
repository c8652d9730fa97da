package org.opencounty.interaction.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.interaction.DisclosureForm;
import org.opencounty.interaction.DisclosureHandling;
import org.opencounty.interaction.DisclosureQueries;
import org.opencounty.interaction.DisclosureRequest;
import org.opencounty.interaction.DisclosureSummary;
import org.opencounty.interaction.DisclosureView;
import org.opencounty.interaction.FeeCalculator;
import org.opencounty.interaction.FeeMethod;
import org.opencounty.interaction.MessageLine;
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

/** 依申请公开 over JSON: the citizen's request and correction, the unit's handling, the fee quote. No answer holds the ID number. */
@RestController
@RequestMapping("/api/v1/disclosure-requests")
class DisclosureApiController {

    record CreateRequest(String unit, String applicantType, String organisationKind, String name, String idType, String idNumber, String phone,
                         String address, String description, String form) {
    }

    record NoteRequest(String note, String text, Long version) {
    }

    record ExtendRequest(Integer days, String reason, Long version) {
    }

    record ConsultRequest(String party, String answer, Long version) {
    }

    record FeeRequest(String method, Integer pages, Integer ordinal, Long version) {
    }

    record AnswerRequest(String outcome, String reason, String text, String otherAgency, Long version) {
    }

    record VersionRequest(Long version) {
    }

    record FeeQuote(String method, int units, String amount) {
    }

    /** A request with its clocks; the identity document as its type and last four characters only. */
    record RequestJson(long id, String queryCode, String unitName, String applicantType, String name, String idDocument, String phone,
                       String description, String form, String state, String stateLabel, LocalDate receivedOn, LocalDate dueOn,
                       Integer remainingWorkingDays, boolean overdue, LocalDate correctionNoticeDue, String correctionNote, LocalDate correctionDue,
                       int extensionDays, String outcome, String outcomeLabel, String outcomeReason, String answerText, String otherAgency,
                       LocalDate answeredOn, String feeMethod, Integer feeUnits, BigDecimal feeAmount, LocalDate feeDue, LocalDate archivedOn,
                       long version, List<DisclosureView.Consultation> consultations, List<MessageLine> history) {

        static RequestJson of(DisclosureView view) {
            DisclosureRequest r = view.request();
            return new RequestJson(r.id(), r.queryCode(), view.unitName(), r.applicantType(), r.name(), r.maskedId(), r.phone(), r.description(),
                    r.provisionForm(), r.state().name(), r.state().label(), r.receivedOn(), r.dueOn(), view.remainingWorkingDays(), view.overdue(),
                    view.correctionNoticeDue(), r.correctionNote(), r.correctionDue(), r.extensionDays(), r.outcome() == null ? null : r.outcome().name(),
                    r.outcome() == null ? null : r.outcome().label(), r.outcomeReason(), r.answerText(), r.otherAgency(), r.answeredOn(),
                    r.feeMethod() == null ? null : r.feeMethod().name(), r.feeUnits(), r.feeAmount(), r.feeDue(), r.archivedOn(), r.version(),
                    view.consultations(), view.history());
        }
    }

    private final DisclosureHandling handling;
    private final DisclosureQueries queries;

    DisclosureApiController(DisclosureHandling handling, DisclosureQueries queries) {
        this.handling = handling;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<RequestJson> create(Actor actor, Site site, @RequestBody CreateRequest body) {
        DisclosureRequest request = handling.submit(actor, site.id(), new DisclosureForm(body.unit(), body.applicantType(), body.organisationKind(),
                body.name(), body.idType(), body.idNumber(), body.phone(), body.address(), body.description(), body.form()));
        return ResponseEntity.status(HttpStatus.CREATED).body(RequestJson.of(queries.view(actor, request.id())));
    }

    /**
     * The fee of an applicant's {@code ordinal}-th request in a natural month (按件), or of {@code pages} pages (按量):
     * one or the other, never both.
     */
    @GetMapping("/fee-quote")
    FeeQuote feeQuote(@RequestParam String method, @RequestParam(required = false) Integer ordinal, @RequestParam(required = false) Integer pages) {
        FeeMethod how = FeeMethod.parse(method).orElseThrow(() -> InvalidInputException.field("method", "计收方式应为 PER_REQUEST 或 PER_PAGE"));
        if (ordinal != null && pages != null) {
            throw InvalidInputException.field("method", "按件计收与按量计收只能选择一种，不能同时计收");
        }
        if (how == FeeMethod.PER_REQUEST) {
            if (ordinal == null) {
                throw InvalidInputException.field("ordinal", "按件计收请给出该申请人本月第几件申请");
            }
            return new FeeQuote(how.name(), ordinal, FeeCalculator.perRequest(ordinal).toPlainString());
        }
        if (pages == null) {
            throw InvalidInputException.field("pages", "按量计收请给出页数");
        }
        return new FeeQuote(how.name(), pages, FeeCalculator.perPage(pages).toPlainString());
    }

    @GetMapping("/status")
    RequestJson status(Site site, @RequestParam String queryCode, @RequestParam(defaultValue = "") String phone) {
        return queries.status(site.id(), queryCode, phone).map(RequestJson::of)
                .orElseThrow(() -> new NotFoundException("没有查到该申请：请核对查询码和联系电话"));
    }

    @GetMapping
    PageOf<DisclosureSummary> list(Actor actor, Site site, @RequestParam(required = false) String state, @RequestParam(defaultValue = "1") int page) {
        return queries.list(actor, site.id(), state, PageOf.requirePage(page), 20);
    }

    @GetMapping("/mine")
    List<RequestJson> mine(Actor actor) {
        return queries.mine(actor).stream().map(RequestJson::of).toList();
    }

    @GetMapping("/{id}")
    RequestJson get(Actor actor, @PathVariable long id) {
        return RequestJson.of(queries.view(actor, id));
    }

    @PostMapping("/{id}/correction")
    RequestJson correction(Actor actor, @PathVariable long id, @RequestBody NoteRequest body) {
        return after(actor, handling.requestCorrection(actor, id, version(body.version()), body.note()));
    }

    @PostMapping("/{id}/corrected")
    RequestJson corrected(Actor actor, @PathVariable long id, @RequestBody NoteRequest body) {
        return after(actor, handling.correct(actor, id, version(body.version()), body.text()));
    }

    @PostMapping("/{id}/extend")
    RequestJson extend(Actor actor, @PathVariable long id, @RequestBody ExtendRequest body) {
        return after(actor, handling.extend(actor, id, version(body.version()), body.days(), body.reason()));
    }

    @PostMapping("/{id}/consult")
    RequestJson consult(Actor actor, @PathVariable long id, @RequestBody ConsultRequest body) {
        return after(actor, handling.consult(actor, id, version(body.version()), body.party()));
    }

    @PostMapping("/{id}/consult/answer")
    RequestJson consultationAnswered(Actor actor, @PathVariable long id, @RequestBody ConsultRequest body) {
        return after(actor, handling.consultationAnswered(actor, id, version(body.version()), body.answer()));
    }

    @PostMapping("/{id}/fees")
    RequestJson fees(Actor actor, @PathVariable long id, @RequestBody FeeRequest body) {
        if (body.ordinal() != null && body.pages() != null) {
            throw InvalidInputException.field("method", "按件计收与按量计收只能选择一种，不能同时计收");
        }
        return after(actor, handling.feeNotice(actor, id, version(body.version()), body.method(), body.pages()));
    }

    @PostMapping("/{id}/fees/paid")
    RequestJson feePaid(Actor actor, @PathVariable long id, @RequestBody(required = false) VersionRequest body) {
        return after(actor, handling.feePaid(actor, id, version(body == null ? null : body.version())));
    }

    @PostMapping("/{id}/answer")
    RequestJson answer(Actor actor, @PathVariable long id, @RequestBody AnswerRequest body) {
        return after(actor, handling.answer(actor, id, version(body.version()), body.outcome(), body.reason(), body.text(), body.otherAgency()));
    }

    @PostMapping("/{id}/archive")
    RequestJson archive(Actor actor, @PathVariable long id, @RequestBody(required = false) VersionRequest body) {
        return after(actor, handling.archive(actor, id, version(body == null ? null : body.version())));
    }

    private RequestJson after(Actor actor, DisclosureRequest request) {
        return RequestJson.of(queries.view(actor, request.id()));
    }

    private static long version(Long version) {
        return version == null ? -1 : version;
    }
}
