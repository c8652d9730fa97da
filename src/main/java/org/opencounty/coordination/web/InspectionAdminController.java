package org.opencounty.coordination.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.common.InvalidInputException;
import org.opencounty.coordination.EvidenceFile;
import org.opencounty.coordination.Finding;
import org.opencounty.coordination.Inspection;
import org.opencounty.coordination.InspectionOrder;
import org.opencounty.coordination.InspectionQueries;
import org.opencounty.coordination.Inspections;
import org.opencounty.coordination.TaskReminders;
import org.opencounty.review.ScreeningRefusal;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.opencounty.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Inspections in the back office: the rounds, a round's units × findings, a finding with its rectification and history. */
@Controller
class InspectionAdminController {

    private final Inspections inspections;
    private final InspectionQueries queries;
    private final TaskReminders reminders;
    private final Units units;

    InspectionAdminController(Inspections inspections, InspectionQueries queries, TaskReminders reminders, Units units) {
        this.inspections = inspections;
        this.queries = queries;
        this.reminders = reminders;
        this.units = units;
    }

    @GetMapping("/admin/inspections")
    String list(Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("rounds", PageOf.clamped(page, n -> queries.page(actor, n, InspectionApiController.PER_PAGE)));
        model.addAttribute("mayCreate", Inspections.mayCreate(actor, actor.siteId()));
        model.addAttribute("reminders", reminders.findings(actor, 20));
        return "coordination/backoffice/inspections";
    }

    @GetMapping("/admin/inspections/new")
    String newRound(Actor actor, Model model) {
        return form(actor, Map.of(), Map.of(), List.of(), List.of(), model);
    }

    @PostMapping("/admin/inspections")
    String create(Actor actor, @RequestParam Map<String, String> form, @RequestParam(required = false) List<String> units,
                  @RequestParam(required = false) List<String> unitKinds, Model model) {
        List<InspectionOrder.Item> checklist = new ArrayList<>();
        for (String line : form.getOrDefault("checklist", "").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int colon = line.replace('：', ':').indexOf(':');
            checklist.add(colon < 0 ? new InspectionOrder.Item(line, "") : new InspectionOrder.Item(line.substring(0, colon), line.substring(colon + 1)));
        }
        try {
            InspectionRequest request = new InspectionRequest(form.get("name"), form.get("from"), form.get("to"), units, unitKinds,
                    "true".equals(form.get("allUnits")), checklist);
            Inspection inspection = inspections.create(actor, actor.siteId(), request.toOrder());
            return "redirect:/admin/inspections/" + inspection.id();
        } catch (InvalidInputException e) {
            return form(actor, new LinkedHashMap<>(form), e.fields(), units == null ? List.of() : units,
                    unitKinds == null ? List.of() : unitKinds, model);
        }
    }

    private String form(Actor actor, Map<String, String> values, Map<String, String> errors, List<String> chosenUnits,
                        List<String> chosenKinds, Model model) {
        if (!Inspections.mayCreate(actor, actor.siteId())) {
            throw new org.opencounty.common.NotAllowedException("只有电子政务中心可以部署督查");
        }
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("units", units.directory(actor.siteId()));
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("chosenUnits", chosenUnits);
        model.addAttribute("chosenKinds", chosenKinds);
        return "coordination/backoffice/inspectionForm";
    }

    @GetMapping("/admin/inspections/{id}")
    String round(Actor actor, @PathVariable long id, Model model) {
        return roundPage(actor, id, Map.of(), Map.of(), model);
    }

    @PostMapping("/admin/inspections/{id}/findings")
    String record(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        try {
            Finding finding = inspections.record(actor, id, new InspectionRequest.Finding(form.get("unit"), form.get("item"),
                    form.get("problem"), form.get("requirement"), form.get("days")).toOrder());
            return "redirect:/admin/inspections/" + id + "/findings/" + finding.id();
        } catch (InvalidInputException e) {
            return roundPage(actor, id, form, e.fields(), model);
        }
    }

    private String roundPage(Actor actor, long id, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("round", queries.get(actor, id));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "coordination/backoffice/inspection";
    }

    @GetMapping("/admin/inspections/{id}/findings/{fid}")
    String finding(Actor actor, @PathVariable long id, @PathVariable long fid, Model model) {
        return findingPage(actor, id, fid, null, Map.of(), model);
    }

    @PostMapping("/admin/inspections/{id}/findings/{fid}/rectification")
    String rectify(Actor actor, @PathVariable long id, @PathVariable long fid, @RequestParam(defaultValue = "") String text, Model model) {
        try {
            inspections.report(actor, id, fid, text);
        } catch (InvalidInputException | ScreeningRefusal e) {
            return findingPage(actor, id, fid, text, e.fields().isEmpty() ? Map.of("text", e.getMessage()) : e.fields(), model);
        }
        return redirect(id, fid);
    }

    @PostMapping("/admin/inspections/{id}/findings/{fid}/approve")
    String approve(Actor actor, @PathVariable long id, @PathVariable long fid, @RequestParam(defaultValue = "false") boolean checkedByHand,
                   Model model) {
        try {
            inspections.approve(actor, id, fid, checkedByHand);
        } catch (ScreeningRefusal e) {
            return findingPage(actor, id, fid, null, Map.of("files", e.getMessage()), model);
        }
        return redirect(id, fid);
    }

    @PostMapping("/admin/inspections/{id}/findings/{fid}/files")
    String attach(Actor actor, @PathVariable long id, @PathVariable long fid, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        try {
            inspections.attach(actor, id, fid, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidInputException e) {
            return findingPage(actor, id, fid, null, Map.of("file", e.getMessage()), model);
        }
        return redirect(id, fid);
    }

    @PostMapping("/admin/inspections/{id}/findings/{fid}/files/{fileId}/delete")
    String detach(Actor actor, @PathVariable long id, @PathVariable long fid, @PathVariable long fileId) {
        inspections.detach(actor, id, fid, fileId);
        return redirect(id, fid);
    }

    @GetMapping("/admin/inspections/{id}/findings/{fid}/files/{fileId}")
    ResponseEntity<byte[]> file(Actor actor, @PathVariable long id, @PathVariable long fid, @PathVariable long fileId) {
        EvidenceFile file = inspections.evidence(actor, id, fid, fileId);
        return Downloads.attachment(file.filename(), file.contentType(), inspections.content(file));
    }

    @PostMapping("/admin/inspections/{id}/findings/{fid}/close")
    String close(Actor actor, @PathVariable long id, @PathVariable long fid) {
        inspections.close(actor, id, fid);
        return redirect(id, fid);
    }

    @PostMapping("/admin/inspections/{id}/findings/{fid}/reopen")
    String reopen(Actor actor, @PathVariable long id, @PathVariable long fid, @RequestParam(defaultValue = "") String reason, Model model) {
        try {
            inspections.reopen(actor, id, fid, reason);
        } catch (InvalidInputException e) {
            return findingPage(actor, id, fid, null, e.fields(), model);
        }
        return redirect(id, fid);
    }

    private String findingPage(Actor actor, long id, long fid, String text, Map<String, String> errors, Model model) {
        var view = queries.finding(actor, id, fid);
        model.addAttribute("view", view);
        model.addAttribute("text", text == null ? view.text() : text);
        model.addAttribute("errors", errors);
        return "coordination/backoffice/finding";
    }

    private static String redirect(long id, long fid) {
        return "redirect:/admin/inspections/" + id + "/findings/" + fid;
    }
}
