package org.opencounty.coordination.web;

import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.common.InvalidInputException;
import org.opencounty.coordination.Circular;
import org.opencounty.coordination.Circulars;
import org.opencounty.printing.OfficialPrinting;
import org.opencounty.review.ScreeningRefusal;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Circulars in the back office: the list and drafting, one circular with its steps, signing, and the print view. */
@Controller
class CircularAdminController {

    private final Circulars circulars;
    private final OfficialPrinting printing;

    CircularAdminController(Circulars circulars, OfficialPrinting printing) {
        this.circulars = circulars;
        this.printing = printing;
    }

    @GetMapping("/admin/circulars")
    String list(Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("circulars", PageOf.clamped(page, n -> circulars.list(actor, n, CircularApiController.PER_PAGE)));
        model.addAttribute("mayDraft", Circulars.mayDraft(actor, actor.siteId()));
        return "coordination/backoffice/circulars";
    }

    @PostMapping("/admin/circulars/draft")
    String draft(Actor actor, @RequestParam(defaultValue = "") String task, @RequestParam(defaultValue = "") String assessment,
                 @RequestParam(defaultValue = "") String supervisionQuarter, @RequestParam(defaultValue = "") String inspection) {
        Circular circular = circulars.draft(actor, new Circulars.DraftSource(AssessmentApiController.number(task, "task", "任务"),
                assessment.isBlank() ? null : AssessmentApiController.number(assessment, "assessment", "年度").intValue(),
                supervisionQuarter.isBlank() ? null : supervisionQuarter, AssessmentApiController.number(inspection, "inspection", "督查")));
        return "redirect:/admin/circulars/" + circular.id();
    }

    @GetMapping("/admin/circulars/{id}")
    String circular(Actor actor, @PathVariable long id, Model model) {
        return page(actor, id, null, null, Map.of(), model);
    }

    @PostMapping("/admin/circulars/{id}")
    String edit(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
                @RequestParam long version, Model model) {
        try {
            circulars.edit(actor, id, title, body, version);
        } catch (InvalidInputException e) {
            return page(actor, id, title, body, e.fields(), model);
        }
        return "redirect:/admin/circulars/" + id;
    }

    @PostMapping("/admin/circulars/{id}/submit")
    String submit(Actor actor, @PathVariable long id, Model model) {
        try {
            circulars.submit(actor, id);
        } catch (ScreeningRefusal e) {
            return page(actor, id, null, null, e.fields().isEmpty() ? Map.of("body", e.getMessage()) : e.fields(), model);
        }
        return "redirect:/admin/circulars/" + id;
    }

    @PostMapping("/admin/circulars/{id}/approve")
    String approve(Actor actor, @PathVariable long id) {
        circulars.approve(actor, id);
        return "redirect:/admin/circulars/" + id;
    }

    @PostMapping("/admin/circulars/{id}/return")
    String returnForChanges(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        try {
            circulars.returnForChanges(actor, id, reason);
        } catch (InvalidInputException e) {
            return page(actor, id, null, null, e.fields(), model);
        }
        return "redirect:/admin/circulars/" + id;
    }

    @PostMapping("/admin/circulars/{id}/issue")
    String issue(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String audience,
                 @RequestParam(required = false) List<String> units, Model model) {
        try {
            circulars.issue(actor, id, TaskRequest.parse(Circular.Audience.class, audience).orElse(null), units);
        } catch (InvalidInputException | ScreeningRefusal e) {
            return page(actor, id, null, null, e.fields().isEmpty() ? Map.of("audience", e.getMessage()) : e.fields(), model);
        }
        return "redirect:/admin/circulars/" + id;
    }

    @PostMapping("/admin/circulars/{id}/sign")
    String sign(Actor actor, @PathVariable long id) {
        circulars.sign(actor, id);
        return "redirect:/admin/circulars/" + id;
    }

    /** The GB/T 9704 print view: a whole page of its own, printed from the browser. */
    @GetMapping("/admin/circulars/{id}/print")
    ResponseEntity<String> print(Actor actor, @PathVariable long id) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").body(printing.html(circulars.layout(actor, id)));
    }

    @GetMapping("/admin/circulars/{id}.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("circular-" + id + ".pdf"))
                .body(printing.pdf(circulars.layout(actor, id)));
    }

    private String page(Actor actor, long id, String title, String body, Map<String, String> errors, Model model) {
        var view = circulars.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("title", title == null ? view.title() : title);
        model.addAttribute("body", body == null ? view.body() : body);
        model.addAttribute("errors", errors);
        return "coordination/backoffice/circular";
    }
}
