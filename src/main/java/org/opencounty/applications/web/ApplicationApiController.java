package org.opencounty.applications.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencounty.applications.Applicant;
import org.opencounty.applications.Application;
import org.opencounty.applications.ApplicationLine;
import org.opencounty.applications.ApplicationQueries;
import org.opencounty.applications.ApplicationView;
import org.opencounty.applications.Applying;
import org.opencounty.applications.CaseHandling;
import org.opencounty.applications.CaseSignal;
import org.opencounty.applications.LedgerEntry;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.sites.Site;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** Online applications over JSON: the citizen's side and the unit's, each checked on the server. */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationApiController {

    record ApplicantJson(String name, String phone, String email, String organisation) {
    }

    record StartRequest(Long serviceItemId, ApplicantJson applicant, Map<String, Object> form) {
    }

    record CorrectionRequest(List<String> missing, String note) {
    }

    record RejectRequest(String reason, String legalBasis) {
    }

    record SuspendRequest(String procedure, String reason, String legalBasis) {
    }

    record ExtendRequest(Integer days, String reason) {
    }

    record DecideRequest(Boolean approved, String reason, BigDecimal fee) {
    }

    record NoteRequest(String note, String reason) {
    }

    record SignalJson(String type, String typeLabel, LocalDate issuedOn, String detail, boolean acknowledged,
                      String acknowledgedBy, Instant acknowledgedAt) {

        static SignalJson of(CaseSignal signal) {
            return new SignalJson(signal.type(), signal.typeLabel(), signal.issuedOn(), signal.detail(), signal.acknowledged(),
                    signal.acknowledgedBy(), signal.acknowledgedAt());
        }
    }

    /** An application with its clocks; {@code signals} only for staff who may see them (absent, not empty, otherwise). */
    record ApplicationJson(long id, String state, String stateLabel, Long serviceItemId, String itemName, String queryCode,
                           ApplicantJson applicant, String currentStep, LocalDate dueDate, Integer remainingWorkingDays,
                           boolean provisional, boolean clockSuspended, LocalDate promisedDue, LocalDate statutoryDue,
                           LocalDate acceptanceDue, LocalDate deliveryDue, String decision, List<ApplicationView.Upload> materials,
                           List<LedgerEntry> ledger, List<ApplicationView.HistoryLine> history,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<SignalJson> signals) {
    }

    /** One line of a list of applications. */
    record ApplicationSummary(long id, String state, String stateLabel, String itemName, String queryCode, String applicantName,
                              LocalDate submittedOn, LocalDate dueDate, Integer remainingWorkingDays, boolean provisional,
                              boolean clockSuspended, String handler) {

        static ApplicationSummary of(ApplicationLine view) {
            Application a = view.application();
            return new ApplicationSummary(a.id(), a.state().name(), a.state().label(), a.itemName(), a.queryCode(), a.applicantName(),
                    a.submittedOn(), view.dueDate(), view.remainingWorkingDays(), a.provisional(), a.clockSuspended(), a.handler());
        }
    }

    /** What the receipt's holder may see. */
    record StatusJson(String itemName, String state, String stateLabel, LocalDate submittedOn, LocalDate dueDate,
                      boolean provisional, List<Line> history) {
        record Line(Instant at, String action, String note) {
        }
    }

    /** The API's and the pages' lists of applications hold the same number a page. */
    static final int PAGE_SIZE = 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Applying applying;
    private final CaseHandling handling;
    private final ApplicationQueries queries;

    ApplicationApiController(Applying applying, CaseHandling handling, ApplicationQueries queries) {
        this.applying = applying;
        this.handling = handling;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<ApplicationJson> start(Actor actor, Site site, @RequestBody StartRequest body) {
        if (body.serviceItemId() == null) {
            throw InvalidInputException.field("serviceItemId", "请选择申请的事项");
        }
        ApplicantJson a = body.applicant() == null ? new ApplicantJson(null, null, null, null) : body.applicant();
        Application application = applying.start(actor, site.id(), body.serviceItemId(),
                new Applicant(a.name(), a.phone(), a.email(), a.organisation()),
                body.form() == null ? "{}" : JSON.writeValueAsString(body.form()));
        return ResponseEntity.status(HttpStatus.CREATED).body(json(queries.view(actor, application.id())));
    }

    @PostMapping("/{id}/materials")
    ResponseEntity<ApplicationView.Upload> upload(Actor actor, @PathVariable long id, @RequestParam String materialId,
                                               @RequestParam MultipartFile file) throws IOException {
        var uploaded = applying.upload(actor, id, materialId, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ApplicationView.Upload(uploaded.id(), uploaded.materialId(), uploaded.filename(), uploaded.size()));
    }

    @GetMapping("/{id}/materials/{uploadId}")
    ResponseEntity<byte[]> material(Actor actor, @PathVariable long id, @PathVariable long uploadId) {
        byte[] content = queries.material(actor, id, uploadId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(queries.materialName(id, uploadId)))
                .body(content);
    }

    @PostMapping({"/{id}/submit", "/{id}/resubmit"})
    ApplicationJson submit(Actor actor, @PathVariable long id) {
        applying.submit(actor, id);
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/withdraw")
    ApplicationJson withdraw(Actor actor, @PathVariable long id, @RequestBody(required = false) NoteRequest body) {
        applying.withdraw(actor, id, body == null ? null : body.reason());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/accept")
    ApplicationJson accept(Actor actor, @PathVariable long id) {
        handling.accept(actor, id);
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/request-correction")
    ApplicationJson requestCorrection(Actor actor, @PathVariable long id, @RequestBody(required = false) CorrectionRequest body) {
        handling.requestCorrection(actor, id, body == null ? null : body.missing(), body == null ? null : body.note());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/reject")
    ApplicationJson reject(Actor actor, @PathVariable long id, @RequestBody(required = false) RejectRequest body) {
        handling.reject(actor, id, body == null ? null : body.reason(), body == null ? null : body.legalBasis());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/advance")
    ApplicationJson advance(Actor actor, @PathVariable long id) {
        handling.advance(actor, id);
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/suspend")
    ApplicationJson suspend(Actor actor, @PathVariable long id, @RequestBody(required = false) SuspendRequest body) {
        handling.suspend(actor, id, body == null ? null : body.procedure(), body == null ? null : body.reason(),
                body == null ? null : body.legalBasis());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/resume")
    ApplicationJson resume(Actor actor, @PathVariable long id) {
        handling.resume(actor, id);
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/extend")
    ApplicationJson extend(Actor actor, @PathVariable long id, @RequestBody(required = false) ExtendRequest body) {
        handling.extend(actor, id, body == null || body.days() == null ? 0 : body.days(), body == null ? null : body.reason());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/decide")
    ApplicationJson decide(Actor actor, @PathVariable long id, @RequestBody(required = false) DecideRequest body) {
        if (body == null || body.approved() == null) {
            throw InvalidInputException.field("approved", "请选择准予或不予许可");
        }
        handling.decide(actor, id, body.approved(), body.reason(), body.fee());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/complete")
    ApplicationJson complete(Actor actor, @PathVariable long id, @RequestBody(required = false) NoteRequest body) {
        handling.complete(actor, id, body == null ? null : body.note());
        return json(queries.view(actor, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application: state, history, time limits and, for staff, its supervision signals", description = """
            The application with its state, history, dueDate, remainingWorkingDays, provisional and clock ledger. \
            For staff who may see the case (the unit's case handlers and leaders, the site's supervisors and center staff) \
            it also carries `signals`, the supervision signals (监察信号) issued about it, oldest first: \
            `[{"type","typeLabel","issuedOn","detail","acknowledged","acknowledgedBy","acknowledgedAt"}]` \
            (`type` is one of WARNING, YELLOW, RED, STATUTORY_OVERDUE, STEP_OVERDUE, NO_LEGAL_BASIS, FEE_ABOVE_STANDARD, \
            ACCEPTANCE_OVERDUE; `acknowledgedBy` and `acknowledgedAt` are null until the unit's leader or a supervisor signs for it). \
            Signals are internal supervision records: for the applicant the `signals` field is absent, not empty, so that \
            an empty list always means the case has none. 403 for anybody else, 404 for an unknown id.""")
    ApplicationJson get(Actor actor, @PathVariable long id) {
        return json(queries.view(actor, id));
    }

    /** The signed-in person's own applications, newest first: the list of the account's 我的申请 page. */
    @GetMapping("/mine")
    @Operation(summary = "The caller's own applications, newest first (the 我的申请 page's list)")
    PageOf<ApplicationSummary> mine(Actor actor, @RequestParam(defaultValue = "1") int page) {
        return queries.mine(actor, PageOf.requirePage(page), PAGE_SIZE).map(ApplicationSummary::of);
    }

    /**
     * The cases of the caller's unit and its subordinate units (the whole site for center roles), newest first: the list
     * of the back office's 网上审批 page, open cases only unless {@code open=false}. Staff only.
     */
    @GetMapping("/queue")
    @Operation(summary = "The handler's queue: the cases of the caller's unit and its subordinate units (the back office's list)")
    PageOf<ApplicationSummary> queue(Actor actor, @RequestParam(defaultValue = "true") boolean open,
                                     @RequestParam(defaultValue = "1") int page) {
        return queries.casesOf(actor, open, PageOf.requirePage(page), PAGE_SIZE).map(ApplicationSummary::of);
    }

    /** Public: the receipt's query code and the applicant's phone together show the status, nothing else. */
    @GetMapping("/status")
    StatusJson status(Site site, @RequestParam(defaultValue = "") String queryCode, @RequestParam(defaultValue = "") String phone) {
        ApplicationView view = queries.status(site.id(), queryCode, phone).orElseThrow(() -> new NotFoundException("查询码或手机号码不正确"));
        Application a = view.application();
        return new StatusJson(a.itemName(), a.state().name(), a.state().label(), a.submittedOn(), view.dueDate(), a.provisional(),
                view.history().stream().map(h -> new StatusJson.Line(h.at(), h.action(), h.note())).toList());
    }

    static ApplicationJson json(ApplicationView view) {
        Application a = view.application();
        return new ApplicationJson(a.id(), a.state().name(), a.state().label(), a.serviceItemId(), a.itemName(), a.queryCode(),
                new ApplicantJson(a.applicantName(), a.applicantPhone(), a.applicantEmail(), a.applicantOrganisation()),
                view.currentStepName(), view.dueDate(), view.remainingWorkingDays(), a.provisional(), a.clockSuspended(),
                a.promisedDue(), a.statutoryDue(), a.acceptanceDue(), a.deliveryDue(), a.decision(), view.uploads(), view.ledger(),
                view.history(), view.signals() == null ? null : view.signals().stream().map(SignalJson::of).toList());
    }
}
