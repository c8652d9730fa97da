package org.opencounty.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.interaction.AnswerLetters;
import org.opencounty.interaction.DisclosureForm;
import org.opencounty.interaction.DisclosureHandling;
import org.opencounty.interaction.DisclosureQueries;
import org.opencounty.interaction.DisclosureRequest;
import org.opencounty.interaction.Outcome;
import org.opencounty.sites.Site;
import org.opencounty.units.Units;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 依申请公开 pages: the citizen's form, receipt and correction; the unit's list and handling; the 答复书 for both. */
@Controller
class DisclosurePagesController {

    private final DisclosureHandling handling;
    private final DisclosureQueries queries;
    private final AnswerLetters letters;
    private final Units units;
    private final org.opencounty.interaction.InteractionPermissions permissions;

    DisclosurePagesController(DisclosureHandling handling, DisclosureQueries queries, AnswerLetters letters, Units units,
                              org.opencounty.interaction.InteractionPermissions permissions) {
        this.handling = handling;
        this.queries = queries;
        this.letters = letters;
        this.units = units;
        this.permissions = permissions;
    }

    @GetMapping("/account/disclosure-requests/new")
    String form(Site site, @RequestParam(required = false) String unit, Model model) {
        return form(site, model, Map.of("unit", unit == null ? "" : unit), Map.of());
    }

    @PostMapping("/account/disclosure-requests/new")
    String submit(Actor actor, Site site, @RequestParam Map<String, String> p, Model model, HttpServletResponse response) {
        try {
            DisclosureRequest request = handling.submit(actor, site.id(), new DisclosureForm(p.get("unit"), p.get("applicantType"),
                    p.get("organisationKind"), p.get("name"), p.get("idType"), p.get("idNumber"), p.get("phone"), p.get("address"),
                    p.get("description"), p.get("form")));
            return "redirect:/account/disclosure-requests/" + request.id();
        } catch (DomainException e) {
            response.setStatus(e.status());
            return form(site, model, p, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
    }

    @GetMapping("/account/disclosure-requests")
    String mine(Actor actor, Model model) {
        model.addAttribute("requests", queries.mine(actor));
        return "interaction/myDisclosureRequests";
    }

    @GetMapping("/account/disclosure-requests/{id}")
    String mine(Actor actor, @PathVariable long id, Model model) {
        return applicantView(actor, id, model, Map.of());
    }

    @PostMapping("/account/disclosure-requests/{id}/corrected")
    String corrected(Actor actor, @PathVariable long id, @RequestParam Map<String, String> p, Model model, HttpServletResponse response) {
        try {
            handling.correct(actor, id, parse(p.get("version")), p.get("text"));
            return "redirect:/account/disclosure-requests/" + id;
        } catch (NotAllowedException | NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            return applicantView(actor, id, model, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
    }

    @GetMapping({"/account/disclosure-requests/{id}/answer-letter", "/admin/disclosure-requests/{id}/answer-letter"})
    @ResponseBody
    ResponseEntity<String> letter(Actor actor, @PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(letters.html(actor, id));
    }

    @GetMapping({"/account/disclosure-requests/{id}/answer-letter.pdf", "/admin/disclosure-requests/{id}/answer-letter.pdf"})
    ResponseEntity<byte[]> letterPdf(Actor actor, @PathVariable long id) {
        byte[] pdf = letters.pdf(actor, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline("answer-" + id + ".pdf"))
                .body(pdf);
    }

    @GetMapping("/admin/disclosure-requests")
    String list(Actor actor, Site site, @RequestParam(required = false) String state, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("requests", queries.list(actor, site.id(), state, org.opencounty.common.web.PageOf.clampPage(page), 50));
        model.addAttribute("state", state == null ? "" : state);
        return "interaction/backoffice/disclosureRequests";
    }

    @GetMapping("/admin/disclosure-requests/{id}")
    String detail(Actor actor, @PathVariable long id, Model model) {
        return staffView(actor, id, model, Map.of());
    }

    @PostMapping("/admin/disclosure-requests/{id}/{action}")
    String act(Actor actor, @PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> p, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        long version = parse(p.get("version"));
        try {
            switch (action) {
                case "correction" -> handling.requestCorrection(actor, id, version, p.get("note"));
                case "extend" -> handling.extend(actor, id, version, number(p.get("days")), p.get("reason"));
                case "consult" -> handling.consult(actor, id, version, p.get("party"));
                case "consultation-answered" -> handling.consultationAnswered(actor, id, version, p.get("answer"));
                case "fees" -> handling.feeNotice(actor, id, version, p.get("method"),
                        "PER_PAGE".equals(p.get("method")) ? number(p.get("pages")) : null);
                case "fee-paid" -> handling.feePaid(actor, id, version);
                case "answer" -> handling.answer(actor, id, version, p.get("outcome"), p.get("reason"), p.get("text"), p.get("otherAgency"));
                case "archive" -> handling.archive(actor, id, version);
                default -> throw new NotFoundException("没有这项操作");
            }
        } catch (NotAllowedException | NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            return staffView(actor, id, model, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
        redirect.addFlashAttribute("done", "已办理。");
        return "redirect:/admin/disclosure-requests/" + id;
    }

    private String applicantView(Actor actor, long id, Model model, Map<String, String> errors) {
        var view = queries.view(actor, id);
        if (view.request().accountId() == null || actor == null || view.request().accountId() != actor.accountId()) {
            throw new NotAllowedException("只能查看自己的申请");
        }
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        return "interaction/myDisclosureRequest";
    }

    private String staffView(Actor actor, long id, Model model, Map<String, String> errors) {
        var view = queries.view(actor, id);
        var r = view.request();
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        model.addAttribute("canHandle", permissions.canReply(actor, r.siteId(), r.unitId()));
        model.addAttribute("canApprove", permissions.canApprove(actor, r.siteId(), r.unitId()));
        model.addAttribute("outcomes", List.of(Outcome.values()).stream().filter(Outcome::chosenByHandler).toList());
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", "");
        }
        return "interaction/backoffice/disclosureRequest";
    }

    private String form(Site site, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("units", units.directory(site.id()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "interaction/disclosureForm";
    }

    private static long parse(String version) {
        try {
            return version == null ? -1 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
