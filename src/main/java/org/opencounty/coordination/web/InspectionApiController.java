package org.opencounty.coordination.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.web.PageOf;
import org.opencounty.coordination.ChecklistItem;
import org.opencounty.coordination.EvidenceFile;
import org.opencounty.coordination.Finding;
import org.opencounty.coordination.FindingState;
import org.opencounty.coordination.FindingView;
import org.opencounty.coordination.Inspection;
import org.opencounty.coordination.InspectionQueries;
import org.opencounty.coordination.InspectionSummary;
import org.opencounty.coordination.Inspections;
import org.opencounty.review.ReviewEvent;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Inspections (督查) in the API, with the same checks as the pages: the services decide who may do what. */
@RestController
@RequestMapping("/api/v1/inspections")
class InspectionApiController {

    record ItemJson(long id, int position, String title, String description) {

        static ItemJson of(ChecklistItem item) {
            return new ItemJson(item.id(), item.position(), item.title(), item.description());
        }
    }

    record FindingJson(long id, long inspectionId, String unit, String unitName, long itemId, String itemTitle, String problem,
                       String requirement, int workingDays, LocalDate dueDate, FindingState state, String stateLabel,
                       String reviewState, Instant reportedAt, Instant rectifiedAt, Instant closedAt, String closedBy,
                       Instant overdueAt, String url) {

        static FindingJson of(Finding f, String unit, String unitName, String itemTitle, FindingState state) {
            return new FindingJson(f.id(), f.inspectionId(), unit, unitName, f.itemId(), itemTitle, f.problem(), f.requirement(),
                    f.workingDays(), f.dueDate(), state, state.label(), f.state().name(), f.reportedAt(), f.rectifiedAt(), f.closedAt(),
                    f.closedBy(), f.overdueAt(), "/admin/inspections/" + f.inspectionId() + "/findings/" + f.id());
        }
    }

    record UnitJson(String unit, String unitName, List<FindingJson> findings) {
    }

    record InspectionJson(long id, String name, LocalDate from, LocalDate to, String createdBy, Instant createdAt,
                          Map<FindingState, Long> counts, List<ItemJson> checklist, List<UnitJson> units) {

        static InspectionJson of(InspectionSummary summary) {
            Inspection i = summary.inspection();
            return new InspectionJson(i.id(), i.name(), i.periodFrom(), i.periodTo(), i.createdBy(), i.createdAt(), summary.counts(),
                    summary.items().stream().map(ItemJson::of).toList(),
                    summary.units().stream().map(u -> new UnitJson(u.unitCode(), u.unitName(), u.findings().stream()
                            .map(row -> FindingJson.of(row.finding(), u.unitCode(), u.unitName(), row.itemTitle(), row.state())).toList()))
                            .toList());
        }
    }

    record FileJson(long id, String filename, String contentType, long size, String sha256, boolean readable, String url) {
    }

    record FindingDetailJson(FindingJson finding, String text, List<FileJson> files, List<ReviewEvent> history) {

        static FindingDetailJson of(FindingView view) {
            String base = "/api/v1/inspections/" + view.inspection().id() + "/findings/" + view.finding().id() + "/files/";
            return new FindingDetailJson(FindingJson.of(view.finding(), view.unitCode(), view.unitName(), view.item().title(), view.state()),
                    view.text(), view.files().stream().map(f -> new FileJson(f.id(), f.filename(), f.contentType(), f.sizeBytes(), f.sha256(),
                            f.readable(), base + f.id())).toList(), view.history());
        }
    }

    record ApproveBody(Boolean acknowledgeUnreadable) {
    }

    record RectificationBody(String text, List<String> attachments) {
    }

    record ReasonBody(String reason) {
    }

    private final Inspections inspections;
    private final InspectionQueries queries;

    InspectionApiController(Inspections inspections, InspectionQueries queries) {
        this.inspections = inspections;
        this.queries = queries;
    }

    /** The API's and the back office's lists of rounds hold the same number a page. */
    static final int PER_PAGE = 50;

    /** The rounds the caller sees, each with the caller's units and their findings. */
    @GetMapping
    PageOf<InspectionJson> list(Actor actor, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.page(actor, PageOf.requirePage(page), Math.max(1, Math.min(size, PER_PAGE))).map(InspectionJson::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InspectionJson create(Actor actor, @RequestBody InspectionRequest request) {
        Inspection inspection = inspections.create(actor, actor.siteId(), request.toOrder());
        return InspectionJson.of(queries.get(actor, inspection.id()));
    }

    @GetMapping("/{id}")
    InspectionJson get(Actor actor, @PathVariable long id) {
        return InspectionJson.of(queries.get(actor, id));
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    FindingDetailJson record(Actor actor, @PathVariable long id, @RequestBody InspectionRequest.Finding body) {
        Finding finding = inspections.record(actor, id, body.toOrder());
        return FindingDetailJson.of(queries.finding(actor, id, finding.id()));
    }

    @GetMapping("/{id}/findings/{fid}")
    FindingDetailJson finding(Actor actor, @PathVariable long id, @PathVariable long fid) {
        return FindingDetailJson.of(queries.finding(actor, id, fid));
    }

    @PostMapping("/{id}/findings/{fid}/rectification")
    FindingDetailJson rectify(Actor actor, @PathVariable long id, @PathVariable long fid, @RequestBody RectificationBody body) {
        if (body.attachments() != null && !body.attachments().isEmpty()) {
            throw InvalidInputException.field("attachments", "佐证材料请以文件上传：POST /api/v1/inspections/" + id + "/findings/" + fid
                    + "/rectification/files（multipart，字段 file）");
        }
        inspections.report(actor, id, fid, body.text());
        return FindingDetailJson.of(queries.finding(actor, id, fid));
    }

    /** Evidence for the rectification being written (multipart, part {@code file}); screened when it is submitted. */
    @PostMapping(value = "/{id}/findings/{fid}/rectification/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    FindingDetailJson attach(Actor actor, @PathVariable long id, @PathVariable long fid, @RequestParam("file") MultipartFile file)
            throws IOException {
        inspections.attach(actor, id, fid, file.getOriginalFilename(), file.getBytes());
        return FindingDetailJson.of(queries.finding(actor, id, fid));
    }

    @PostMapping("/{id}/findings/{fid}/rectification/files/{fileId}/delete")
    FindingDetailJson detach(Actor actor, @PathVariable long id, @PathVariable long fid, @PathVariable long fileId) {
        inspections.detach(actor, id, fid, fileId);
        return FindingDetailJson.of(queries.finding(actor, id, fid));
    }

    @GetMapping("/{id}/findings/{fid}/files/{fileId}")
    ResponseEntity<byte[]> file(Actor actor, @PathVariable long id, @PathVariable long fid, @PathVariable long fileId) {
        EvidenceFile file = inspections.evidence(actor, id, fid, fileId);
        return Downloads.attachment(file.filename(), file.contentType(), inspections.content(file));
    }

    /** {@code {"acknowledgeUnreadable": true}} when evidence that could not be read was checked by hand. */
    @PostMapping("/{id}/findings/{fid}/rectification/approve")
    FindingDetailJson approve(Actor actor, @PathVariable long id, @PathVariable long fid, @RequestBody(required = false) ApproveBody body) {
        inspections.approve(actor, id, fid, body != null && Boolean.TRUE.equals(body.acknowledgeUnreadable()));
        return FindingDetailJson.of(queries.finding(actor, id, fid));
    }

    @PostMapping("/{id}/findings/{fid}/rectification/close")
    FindingDetailJson close(Actor actor, @PathVariable long id, @PathVariable long fid) {
        inspections.close(actor, id, fid);
        return FindingDetailJson.of(queries.finding(actor, id, fid));
    }

    @PostMapping("/{id}/findings/{fid}/rectification/reopen")
    FindingDetailJson reopen(Actor actor, @PathVariable long id, @PathVariable long fid, @RequestBody(required = false) ReasonBody body) {
        inspections.reopen(actor, id, fid, body == null ? null : body.reason());
        return FindingDetailJson.of(queries.finding(actor, id, fid));
    }
}
