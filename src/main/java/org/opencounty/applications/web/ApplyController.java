package org.opencounty.applications.web;

import java.io.IOException;
import java.util.Map;
import org.opencounty.accounts.Accounts;
import org.opencounty.applications.Applicant;
import org.opencounty.applications.Application;
import org.opencounty.applications.ApplicationQueries;
import org.opencounty.applications.Applying;
import org.opencounty.applications.WrittenNotices;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.web.PageOf;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.sites.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 网上申请 for citizens: apply with the item's materials, follow one's applications, correct and resubmit, check status. */
@Controller
class ApplyController {

    private final PublishedCatalogue catalogue;
    private final Applying applying;
    private final ApplicationQueries queries;
    private final Accounts accounts;
    private final WrittenNotices notices;

    ApplyController(PublishedCatalogue catalogue, Applying applying, ApplicationQueries queries, Accounts accounts, WrittenNotices notices) {
        this.notices = notices;
        this.catalogue = catalogue;
        this.applying = applying;
        this.queries = queries;
        this.accounts = accounts;
    }

    @GetMapping("/services/{id}/apply")
    String form(Actor actor, Site site, @PathVariable long id, Model model) {
        var account = accounts.find(actor.username()).orElseThrow();
        return form(model, catalogue.item(site.id(), id),
                Map.of("name", account.displayName(), "phone", account.phone() == null ? "" : account.phone(),
                        "email", account.email() == null ? "" : account.email()), Map.of());
    }

    /**
     * Creates the application (or continues the applicant's draft of the item), stores the files given, and submits it
     * when nothing required is missing; otherwise the draft's page says what is still missing.
     */
    @PostMapping("/services/{id}/apply")
    String apply(Actor actor, Site site, @PathVariable long id, @RequestParam Map<String, String> params,
                 MultipartHttpServletRequest request, Model model, RedirectAttributes redirect) throws IOException {
        PublishedCatalogue.ItemPage item = catalogue.item(site.id(), id);
        Application application;
        try {
            application = applying.startOrContinue(actor, site.id(), id, new Applicant(params.get("name"), params.get("phone"),
                    params.get("email"), params.get("organisation")), "{}");
        } catch (DomainException e) {
            return form(model, item, params, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
        try {
            uploadAll(actor, application.id(), request);
            applying.submit(actor, application.id());
            redirect.addFlashAttribute("done", "申请已提交，请记下查询码。");
        } catch (DomainException e) {
            // The draft and the files it got are kept; the applicant finishes on the application's own page.
            redirect.addFlashAttribute("errors", Map.of("form", "申请尚未提交，已保存为草稿。" + e.getMessage()));
        }
        return "redirect:/account/applications/" + application.id();
    }

    @GetMapping("/account/applications")
    String mine(Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("applications", PageOf.clamped(page, n -> queries.mine(actor, n, ApplicationApiController.PAGE_SIZE)));
        return "applications/myApplications";
    }

    @GetMapping("/account/applications/{id}")
    String mine(Actor actor, @PathVariable long id, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) model.asMap().getOrDefault("errors", Map.of());
        return detail(actor, id, model, errors);
    }

    /** A written notice (文书) of the applicant's case, as a printable page. */
    @GetMapping("/account/applications/{id}/notices/{eventId}")
    String notice(Actor actor, @PathVariable long id, @PathVariable long eventId, Model model) {
        model.addAttribute("notice", notices.notice(actor, id, eventId));
        model.addAttribute("back", "/account/applications/" + id);
        return "applications/notice";
    }

    @PostMapping("/account/applications/{id}/submit")
    String submit(Actor actor, @PathVariable long id, MultipartHttpServletRequest request, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            uploadAll(actor, id, request);
            applying.submit(actor, id);
            redirect.addFlashAttribute("done", "申请已提交，请记下查询码。");
            return "redirect:/account/applications/" + id;
        } catch (DomainException e) {
            return detail(actor, id, model, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
    }

    @PostMapping("/account/applications/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
                    RedirectAttributes redirect) {
        try {
            applying.withdraw(actor, id, reason);
            redirect.addFlashAttribute("done", "申请已撤回。");
            return "redirect:/account/applications/" + id;
        } catch (DomainException e) {
            return detail(actor, id, model, Map.of("form", e.getMessage()));
        }
    }

    @GetMapping("/status")
    String status(Site site, @RequestParam(required = false) String queryCode, @RequestParam(required = false) String phone, Model model) {
        model.addAttribute("queryCode", queryCode == null ? "" : queryCode);
        model.addAttribute("asked", queryCode != null);
        model.addAttribute("result", queryCode == null ? null : queries.status(site.id(), queryCode, phone).orElse(null));
        return "applications/status";
    }

    private void uploadAll(Actor actor, long applicationId, MultipartHttpServletRequest request) throws IOException {
        for (Map.Entry<String, MultipartFile> file : request.getFileMap().entrySet()) {
            if (file.getKey().startsWith("file_") && !file.getValue().isEmpty()) {
                applying.upload(actor, applicationId, file.getKey().substring(5), file.getValue().getOriginalFilename(), file.getValue().getBytes());
            }
        }
    }

    private String detail(Actor actor, long id, Model model, Map<String, String> errors) {
        model.addAttribute("view", queries.view(actor, id));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", "");
        }
        return "applications/myApplication";
    }

    private String form(Model model, PublishedCatalogue.ItemPage item, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("guide", item);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "applications/apply";
    }
}
