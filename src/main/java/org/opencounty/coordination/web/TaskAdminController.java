package org.opencounty.coordination.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.content.Category;
import org.opencounty.coordination.ConditionKind;
import org.opencounty.coordination.Task;
import org.opencounty.coordination.TaskIssuing;
import org.opencounty.coordination.TaskMatrix;
import org.opencounty.coordination.TaskOverview;
import org.opencounty.coordination.TaskMatrixExport;
import org.opencounty.coordination.TaskQueries;
import org.opencounty.coordination.TaskReminders;
import org.opencounty.coordination.TaskReporting;
import org.opencounty.coordination.TaskSweep;
import org.opencounty.coordination.UnitTaskState;
import org.opencounty.review.ScreeningRefusal;
import org.opencounty.units.ContactRole;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Tasks in the back office: the center's matrix and issuing form, each task's units, and a unit's report. */
@Controller
class TaskAdminController {

    private final TaskIssuing issuing;
    private final TaskReporting reporting;
    private final TaskQueries queries;
    private final TaskSweep sweep;
    private final TaskReminders reminders;
    private final Units units;

    TaskAdminController(TaskIssuing issuing, TaskReporting reporting, TaskQueries queries, TaskSweep sweep, TaskReminders reminders,
                        Units units) {
        this.issuing = issuing;
        this.reporting = reporting;
        this.queries = queries;
        this.sweep = sweep;
        this.reminders = reminders;
        this.units = units;
    }

    @GetMapping("/admin/tasks")
    String tasks(Actor actor, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String state,
                 @RequestParam(defaultValue = "1") int page, @RequestParam(name = "units", defaultValue = "1") int unitPage,
                 @RequestParam(required = false) Integer swept, Model model) {
        UnitKind unitKind = TaskRequest.parse(UnitKind.class, kind).orElse(null);
        UnitTaskState chosenState = TaskRequest.parse(UnitTaskState.class, state).orElse(null);
        TaskOverview overview = queries.overview(actor, unitKind, chosenState, page, unitPage);
        model.addAttribute("tasks", overview.tasks());
        model.addAttribute("matrix", overview.matrix());
        model.addAttribute("kind", unitKind);
        model.addAttribute("state", chosenState);
        model.addAttribute("query", query(unitKind, chosenState));
        model.addAttribute("mayIssue", TaskIssuing.mayIssue(actor, actor.siteId()));
        model.addAttribute("reminders", reminders.mine(actor, 20));
        model.addAttribute("swept", swept);
        return "coordination/backoffice/tasks";
    }

    @GetMapping("/admin/tasks.csv")
    ResponseEntity<byte[]> csv(Actor actor, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String state) {
        TaskMatrix matrix = queries.fullMatrix(actor, TaskRequest.parse(UnitKind.class, kind).orElse(null),
                TaskRequest.parse(UnitTaskState.class, state).orElse(null));
        return download(TaskMatrixExport.CSV, "tasks.csv", TaskMatrixExport.csv(matrix));
    }

    @GetMapping("/admin/tasks.xlsx")
    ResponseEntity<byte[]> xlsx(Actor actor, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String state) {
        TaskMatrix matrix = queries.fullMatrix(actor, TaskRequest.parse(UnitKind.class, kind).orElse(null),
                TaskRequest.parse(UnitTaskState.class, state).orElse(null));
        return download(TaskMatrixExport.XLSX, "tasks.xlsx", TaskMatrixExport.xlsx(matrix));
    }

    @PostMapping("/admin/tasks/sweep")
    String sweepNow(Actor actor) {
        TaskSweep.Swept swept = sweep.sweepNow(actor);
        return "redirect:/admin/tasks?swept=" + (swept.fulfilled() + swept.reminded());
    }

    @GetMapping("/admin/tasks/new")
    String newTask(Actor actor, Model model) {
        return form(actor, Map.of("fulfilment", "REPORT"), Map.of(), model);
    }

    @PostMapping("/admin/tasks")
    String issue(Actor actor, @RequestParam Map<String, String> form, @RequestParam(required = false) List<String> units,
                 @RequestParam(required = false) List<String> unitKinds, Model model) {
        Map<String, String> values = new LinkedHashMap<>(form);
        Object fulfilment = "REPORT";
        if ("CONDITION".equals(form.get("fulfilment"))) {
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("condition", form.getOrDefault("conditionKind", ""));
            condition.put("count", form.getOrDefault("conditionCount", ""));
            condition.put("role", form.getOrDefault("conditionRole", ""));
            condition.put("column", form.getOrDefault("conditionColumn", ""));
            fulfilment = condition;
        }
        boolean byDays = "days".equals(form.get("deadlineMode"));
        TaskRequest request = new TaskRequest(form.get("title"), form.get("basis"), form.get("basisUrl"), form.get("requirement"),
                byDays ? null : form.get("deadline"), byDays ? form.get("workingDays") : null, units, unitKinds,
                "true".equals(form.get("allUnits")), fulfilment);
        try {
            Task task = issuing.issue(actor, actor.siteId(), request.toOrder());
            return "redirect:/admin/tasks/" + task.id();
        } catch (InvalidInputException e) {
            model.addAttribute("chosenUnits", units == null ? List.of() : units);
            model.addAttribute("chosenKinds", unitKinds == null ? List.of() : unitKinds);
            return form(actor, values, e.fields(), model);
        }
    }

    private String form(Actor actor, Map<String, String> values, Map<String, String> errors, Model model) {
        if (!TaskIssuing.mayIssue(actor, actor.siteId())) {
            throw new org.opencounty.common.NotAllowedException("只有电子政务中心可以下达督办任务");
        }
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("units", units.directory(actor.siteId()));
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("conditionKinds", ConditionKind.values());
        model.addAttribute("roles", ContactRole.values());
        model.addAttribute("columns", Category.values());
        if (!model.containsAttribute("chosenUnits")) {
            model.addAttribute("chosenUnits", List.of());
            model.addAttribute("chosenKinds", List.of());
        }
        return "coordination/backoffice/taskForm";
    }

    @GetMapping("/admin/tasks/{id}")
    String task(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("detail", queries.get(actor, id));
        return "coordination/backoffice/task";
    }

    @GetMapping("/admin/tasks/{id}/units/{code}")
    String report(Actor actor, @PathVariable long id, @PathVariable String code, Model model) {
        return reportPage(actor, id, code, null, Map.of(), model);
    }

    @PostMapping("/admin/tasks/{id}/units/{code}/report")
    String write(Actor actor, @PathVariable long id, @PathVariable String code, @RequestParam(defaultValue = "") String text, Model model) {
        try {
            reporting.report(actor, id, code, text);
        } catch (InvalidInputException | ScreeningRefusal e) {
            return reportPage(actor, id, code, text, e.fields().isEmpty() ? Map.of("text", e.getMessage()) : e.fields(), model);
        }
        return redirect(id, code);
    }

    @PostMapping("/admin/tasks/{id}/units/{code}/approve")
    String approve(Actor actor, @PathVariable long id, @PathVariable String code) {
        reporting.approve(actor, id, code);
        return redirect(id, code);
    }

    @PostMapping("/admin/tasks/{id}/units/{code}/confirm")
    String confirm(Actor actor, @PathVariable long id, @PathVariable String code) {
        reporting.confirm(actor, id, code);
        return redirect(id, code);
    }

    @PostMapping("/admin/tasks/{id}/units/{code}/return")
    String returnForChanges(Actor actor, @PathVariable long id, @PathVariable String code, @RequestParam(defaultValue = "") String reason,
                            Model model) {
        try {
            reporting.returnForChanges(actor, id, code, reason);
        } catch (InvalidInputException e) {
            return reportPage(actor, id, code, null, Map.of("reason", e.getMessage()), model);
        }
        return redirect(id, code);
    }

    private String reportPage(Actor actor, long id, String code, String text, Map<String, String> errors, Model model) {
        var report = queries.report(actor, id, code);
        model.addAttribute("report", report);
        model.addAttribute("text", text == null ? report.text() : text);
        model.addAttribute("errors", errors);
        return "coordination/backoffice/taskReport";
    }

    private static String redirect(long id, String code) {
        return "redirect:/admin/tasks/" + id + "/units/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private static String query(UnitKind kind, UnitTaskState state) {
        return (kind == null ? "" : "kind=" + kind.name() + "&") + (state == null ? "" : "state=" + state.name() + "&");
    }

    private static ResponseEntity<byte[]> download(String contentType, String filename, byte[] content) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(filename)).body(content);
    }
}
