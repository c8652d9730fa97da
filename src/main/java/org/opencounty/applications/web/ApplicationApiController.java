package org.opencounty.applications.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.applications.Applicant;
import org.opencounty.applications.Application;
import org.opencounty.applications.ApplicationQueries;
import org.opencounty.applications.ApplicationView;
import org.opencounty.applications.Applying;
import org.opencounty.applications.CaseHandling;
import org.opencounty.applications.CaseSignal;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.sites.Site;
import org.springframework.http.ContentDisposition;
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
    ResponseEntity<Map<String, Object>> start(Actor actor, Site site, @RequestBody StartRequest body) {
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
    ResponseEntity<Map<String, Object>> upload(Actor actor, @PathVariable long id, @RequestParam String materialId,
                                               @RequestParam MultipartFile file) throws IOException {
        var uploaded = applying.upload(actor, id, materialId, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", uploaded.id(), "materialId", uploaded.materialId(),
                "filename", uploaded.filename(), "size", uploaded.size()));
    }

    @GetMapping("/{id}/materials/{uploadId}")
    ResponseEntity<byte[]> material(Actor actor, @PathVariable long id, @PathVariable long uploadId) {
        byte[] content = queries.material(actor, id, uploadId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(queries.materialName(id, uploadId), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    @PostMapping({"/{id}/submit", "/{id}/resubmit"})
    Map<String, Object> submit(Actor actor, @PathVariable long id) {
        applying.submit(actor, id);
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/withdraw")
    Map<String, Object> withdraw(Actor actor, @PathVariable long id, @RequestBody(required = false) NoteRequest body) {
        applying.withdraw(actor, id, body == null ? null : body.reason());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/accept")
    Map<String, Object> accept(Actor actor, @PathVariable long id) {
        handling.accept(actor, id);
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/request-correction")
    Map<String, Object> requestCorrection(Actor actor, @PathVariable long id, @RequestBody(required = false) CorrectionRequest body) {
        handling.requestCorrection(actor, id, body == null ? null : body.missing(), body == null ? null : body.note());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/reject")
    Map<String, Object> reject(Actor actor, @PathVariable long id, @RequestBody(required = false) RejectRequest body) {
        handling.reject(actor, id, body == null ? null : body.reason(), body == null ? null : body.legalBasis());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/advance")
    Map<String, Object> advance(Actor actor, @PathVariable long id) {
        handling.advance(actor, id);
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/suspend")
    Map<String, Object> suspend(Actor actor, @PathVariable long id, @RequestBody(required = false) SuspendRequest body) {
        handling.suspend(actor, id, body == null ? null : body.procedure(), body == null ? null : body.reason(),
                body == null ? null : body.legalBasis());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/resume")
    Map<String, Object> resume(Actor actor, @PathVariable long id) {
        handling.resume(actor, id);
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/extend")
    Map<String, Object> extend(Actor actor, @PathVariable long id, @RequestBody(required = false) ExtendRequest body) {
        handling.extend(actor, id, body == null || body.days() == null ? 0 : body.days(), body == null ? null : body.reason());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/decide")
    Map<String, Object> decide(Actor actor, @PathVariable long id, @RequestBody(required = false) DecideRequest body) {
        if (body == null || body.approved() == null) {
            throw InvalidInputException.field("approved", "请选择准予或不予许可");
        }
        handling.decide(actor, id, body.approved(), body.reason(), body.fee());
        return json(queries.view(actor, id));
    }

    @PostMapping("/{id}/complete")
    Map<String, Object> complete(Actor actor, @PathVariable long id, @RequestBody(required = false) NoteRequest body) {
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
    Map<String, Object> get(Actor actor, @PathVariable long id) {
        return json(queries.view(actor, id));
    }

    /** Public: the receipt's query code and the applicant's phone together show the status, nothing else. */
    @GetMapping("/status")
    Map<String, Object> status(@RequestParam(defaultValue = "") String queryCode, @RequestParam(defaultValue = "") String phone) {
        ApplicationView view = queries.status(queryCode, phone).orElseThrow(() -> new NotFoundException("查询码或手机号码不正确"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("itemName", view.application().itemName());
        json.put("state", view.application().state().name());
        json.put("stateLabel", view.application().state().label());
        json.put("submittedOn", view.application().submittedOn());
        json.put("dueDate", view.dueDate());
        json.put("provisional", view.application().provisional());
        json.put("history", view.history().stream().map(h -> Map.of("at", h.at(), "action", h.action(), "note", h.note())).toList());
        return json;
    }

    static Map<String, Object> json(ApplicationView view) {
        Application a = view.application();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("state", a.state().name());
        json.put("stateLabel", a.state().label());
        json.put("serviceItemId", a.serviceItemId());
        json.put("itemName", a.itemName());
        json.put("queryCode", a.queryCode());
        json.put("applicant", Map.of("name", a.applicantName(), "phone", a.applicantPhone(), "email", a.applicantEmail(),
                "organisation", a.applicantOrganisation()));
        json.put("currentStep", view.currentStepName());
        json.put("dueDate", view.dueDate());
        json.put("remainingWorkingDays", view.remainingWorkingDays());
        json.put("provisional", a.provisional());
        json.put("clockSuspended", a.clockSuspended());
        json.put("promisedDue", a.promisedDue());
        json.put("statutoryDue", a.statutoryDue());
        json.put("acceptanceDue", a.acceptanceDue());
        json.put("deliveryDue", a.deliveryDue());
        json.put("decision", a.decision());
        json.put("materials", view.uploads());
        json.put("ledger", view.ledger());
        json.put("history", view.history());
        if (view.signals() != null) {
            json.put("signals", view.signals().stream().map(ApplicationApiController::signal).toList());
        }
        return json;
    }

    private static Map<String, Object> signal(CaseSignal signal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", signal.type());
        json.put("typeLabel", signal.typeLabel());
        json.put("issuedOn", signal.issuedOn());
        json.put("detail", signal.detail());
        json.put("acknowledged", signal.acknowledged());
        json.put("acknowledgedBy", signal.acknowledgedBy());
        json.put("acknowledgedAt", signal.acknowledgedAt());
        return json;
    }

}
