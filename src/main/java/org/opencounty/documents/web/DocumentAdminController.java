package org.opencounty.documents.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.documents.DocumentKind;
import org.opencounty.documents.DocumentPrint;
import org.opencounty.documents.DocumentPublishing;
import org.opencounty.documents.DocumentQueries;
import org.opencounty.documents.DocumentSending;
import org.opencounty.documents.DocumentView;
import org.opencounty.documents.DocumentWriting;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.opencounty.web.FormRefusals;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The back office's 发文 pages: the unit's documents, drafting, each step of the chain, print view and PDF. */
@Controller
class DocumentAdminController {

    private final DocumentWriting writing;
    private final DocumentSending sending;
    private final DocumentQueries queries;
    private final DocumentPublishing publishing;
    private final DocumentPrint print;
    private final Units units;

    DocumentAdminController(DocumentWriting writing, DocumentSending sending, DocumentQueries queries, DocumentPublishing publishing,
                            DocumentPrint print, Units units) {
        this.writing = writing;
        this.sending = sending;
        this.queries = queries;
        this.publishing = publishing;
        this.print = print;
        this.units = units;
    }

    @GetMapping("/admin/documents")
    String list(Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
        DocumentQueries.requireStaffOf(actor);
        model.addAttribute("documents", queries.issued(actor, page));
        return "documents/backoffice/documents";
    }

    @GetMapping("/admin/documents/new")
    String blank(Actor actor, Model model) {
        DocumentQueries.requireStaffOf(actor);
        return form(actor, model, null, DocumentForm.empty(), Map.of());
    }

    @PostMapping("/admin/documents")
    String draft(Actor actor, DocumentForm form, Model model) {
        return FormRefusals.handle(() -> "redirect:/admin/documents/" + writing.draft(actor, form.draft()).id() + "?saved",
                e -> form(actor, model, null, form, errors(e)));
    }

    @GetMapping("/admin/documents/{id}")
    String detail(Actor actor, @PathVariable long id, Model model) {
        return detail(actor, id, model, Map.of());
    }

    @GetMapping("/admin/documents/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        DocumentView view = queries.view(actor, id);
        return form(actor, model, view, DocumentForm.of(view), Map.of());
    }

    @PostMapping("/admin/documents/{id}/edit")
    String edit(Actor actor, @PathVariable long id, DocumentForm form, Model model) {
        return FormRefusals.handle(() -> {
            writing.edit(actor, id, form.draft(), form.version());
            return "redirect:/admin/documents/" + id + "?saved";
        }, e -> form(actor, model, queries.view(actor, id), form, errors(e)));
    }

    /** One step of the chain: submit, review, sign, check, register, dispatch. */
    @PostMapping("/admin/documents/{id}/{step:submit|review|sign|check|register|dispatch}")
    String step(Actor actor, @PathVariable long id, @PathVariable String step, Model model) {
        return FormRefusals.handle(() -> {
            switch (step) {
                case "submit" -> sending.submit(actor, id);
                case "review" -> sending.review(actor, id);
                case "sign" -> sending.sign(actor, id);
                case "check" -> sending.check(actor, id);
                case "register" -> sending.register(actor, id);
                default -> sending.dispatch(actor, id);
            }
            return "redirect:/admin/documents/" + id + "?done=" + step;
        }, e -> detail(actor, id, model, errors(e)));
    }

    @PostMapping("/admin/documents/{id}/return")
    String returnForChanges(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        return FormRefusals.handle(() -> {
            sending.returnForChanges(actor, id, reason);
            return "redirect:/admin/documents/" + id + "?done=return";
        }, e -> detail(actor, id, model, errors(e)));
    }

    @PostMapping("/admin/documents/{id}/publish")
    String publish(Actor actor, @PathVariable long id, Model model) {
        return FormRefusals.handle(() -> "redirect:/admin/articles/" + publishing.publish(actor, id),
                e -> detail(actor, id, model, errors(e)));
    }

    @PostMapping("/admin/documents/{id}/attachments")
    String attach(Actor actor, @PathVariable long id, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        byte[] content = file.getBytes();
        return FormRefusals.handle(() -> {
            writing.attach(actor, id, file.getOriginalFilename(), content);
            return "redirect:/admin/documents/" + id + "?saved";
        }, e -> detail(actor, id, model, errors(e)));
    }

    @PostMapping("/admin/documents/{id}/attachments/{attachmentId}/delete")
    String detach(Actor actor, @PathVariable long id, @PathVariable long attachmentId, Model model) {
        return FormRefusals.handle(() -> {
            writing.detach(actor, id, attachmentId);
            return "redirect:/admin/documents/" + id + "?saved";
        }, e -> detail(actor, id, model, errors(e)));
    }

    @GetMapping("/admin/documents/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
        return DocumentFiles.download(queries.attachment(actor, id, attachmentId));
    }

    /** The GB/T 9704-2012 print view. */
    @GetMapping(value = "/admin/documents/{id}/print", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> printView(Actor actor, @PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(print.html(actor, id));
    }

    @GetMapping("/admin/documents/{id}/pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        return DocumentFiles.pdf("document-" + id, print.pdf(actor, id));
    }

    private String detail(Actor actor, long id, Model model, Map<String, String> errors) {
        DocumentView view = queries.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("actions", DocumentActions.of(actor, view));
        model.addAttribute("errors", errors);
        return "documents/backoffice/document";
    }

    private String form(Actor actor, Model model, DocumentView view, DocumentForm form, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(DocumentKind.values()));
        model.addAttribute("unitKinds", List.of(UnitKind.values()));
        model.addAttribute("units", units.directory(actor.siteId()).stream().filter(u -> !u.id().equals(actor.unitId())).toList());
        return "documents/backoffice/documentEdit";
    }

    /** The refusal's messages by field, and its message for the whole form. */
    static Map<String, String> errors(DomainException e) {
        Map<String, String> errors = new java.util.LinkedHashMap<>(FormRefusals.messages(e));
        errors.putIfAbsent("form", e.getMessage());
        return errors;
    }
}
