package org.opencounty.coordination.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.web.PageOf;
import org.opencounty.coordination.Task;
import org.opencounty.coordination.TaskDetail;
import org.opencounty.coordination.TaskIssuing;
import org.opencounty.coordination.TaskQueries;
import org.opencounty.coordination.TaskReporting;
import org.opencounty.coordination.UnitReport;
import org.opencounty.coordination.UnitStatus;
import org.opencounty.coordination.UnitTaskState;
import org.opencounty.review.ReviewEvent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tasks (督办任务) in the API, with the same checks as the pages: the services decide who may do what. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    record UnitStateJson(String unit, String unitName, String unitKind, UnitTaskState state, String stateLabel,
                         String reviewState, Instant reportedAt, Instant fulfilledAt) {

        static UnitStateJson of(UnitStatus status) {
            return new UnitStateJson(status.unitCode(), status.unitName(), status.unitKind().name(), status.state(),
                    status.state().label(), status.review() == null ? null : status.review().name(), status.reportedAt(), status.fulfilledAt());
        }
    }

    record TaskJson(long id, String title, String basis, String basisUrl, String requirement, LocalDate deadline,
                    Integer workingDays, String fulfilment, String condition, boolean conditionCheckable, Instant issuedAt,
                    String issuedBy, Map<UnitTaskState, Long> counts, List<UnitStateJson> units) {

        static TaskJson of(TaskDetail detail) {
            Task task = detail.task();
            return new TaskJson(task.id(), task.title(), task.basis(), task.basisUrl(), task.requirement(), task.deadline(),
                    task.deadlineWorkingDays(), task.fulfilment().name(), task.condition() == null ? null : task.condition().describe(),
                    detail.checkable(), task.issuedAt(), task.issuedBy(), detail.counts(),
                    detail.units().stream().map(UnitStateJson::of).toList());
        }
    }

    record ReportJson(long taskId, String title, UnitStateJson status, String text, List<ReviewEvent> history) {

        static ReportJson of(UnitReport report) {
            return new ReportJson(report.task().id(), report.task().title(), UnitStateJson.of(report.status()), report.text(), report.history());
        }
    }

    record ReportBody(String text, List<String> attachments) {
    }

    record ReasonBody(String reason) {
    }

    private static final int PER_PAGE = 50;

    private final TaskIssuing issuing;
    private final TaskReporting reporting;
    private final TaskQueries queries;

    TaskApiController(TaskIssuing issuing, TaskReporting reporting, TaskQueries queries) {
        this.issuing = issuing;
        this.reporting = reporting;
        this.queries = queries;
    }

    /** The tasks the caller sees; with {@code unit}, that unit's own tasks. A page is read alone, however many tasks there are. */
    @GetMapping
    PageOf<TaskJson> list(Actor actor, @RequestParam(required = false) String unit, @RequestParam(defaultValue = "1") int page) {
        PageOf.requirePage(page);
        PageOf<TaskDetail> listed = unit != null && !unit.isBlank() ? queries.ofUnit(actor, unit, page, PER_PAGE)
                : queries.page(actor, page, PER_PAGE);
        return listed.map(TaskJson::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TaskJson issue(Actor actor, @RequestBody TaskRequest request) {
        Task task = issuing.issue(actor, actor.siteId(), request.toOrder());
        return TaskJson.of(queries.get(actor, task.id()));
    }

    @GetMapping("/{id}")
    TaskJson get(Actor actor, @PathVariable long id) {
        return TaskJson.of(queries.get(actor, id));
    }

    @GetMapping("/{id}/units/{code}/report")
    ReportJson report(Actor actor, @PathVariable long id, @PathVariable String code) {
        return ReportJson.of(queries.report(actor, id, code));
    }

    @PostMapping("/{id}/units/{code}/report")
    ReportJson write(Actor actor, @PathVariable long id, @PathVariable String code, @RequestBody ReportBody body) {
        if (body.attachments() != null && !body.attachments().isEmpty()) {
            throw InvalidInputException.field("attachments", "任务报告暂不支持附件，请在正文中说明，或通过信息报送发布");
        }
        reporting.report(actor, id, code, body.text());
        return ReportJson.of(queries.report(actor, id, code));
    }

    @PostMapping("/{id}/units/{code}/report/approve")
    ReportJson approve(Actor actor, @PathVariable long id, @PathVariable String code) {
        reporting.approve(actor, id, code);
        return ReportJson.of(queries.report(actor, id, code));
    }

    @PostMapping("/{id}/units/{code}/report/confirm")
    ReportJson confirm(Actor actor, @PathVariable long id, @PathVariable String code) {
        reporting.confirm(actor, id, code);
        return ReportJson.of(queries.report(actor, id, code));
    }

    @PostMapping("/{id}/units/{code}/report/return")
    ReportJson returnForChanges(Actor actor, @PathVariable long id, @PathVariable String code, @RequestBody ReasonBody body) {
        reporting.returnForChanges(actor, id, code, body.reason());
        return ReportJson.of(queries.report(actor, id, code));
    }
}
