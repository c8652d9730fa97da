package org.opencounty.interaction.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.web.ClientAddress;
import org.opencounty.common.web.PageOf;
import org.opencounty.interaction.Message;
import org.opencounty.interaction.MessageCategory;
import org.opencounty.interaction.MessageForm;
import org.opencounty.interaction.MessageQueries;
import org.opencounty.interaction.MessageSubmission;
import org.opencounty.sites.Site;
import org.opencounty.units.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal's 政民互动: leave a message, the answered ones, look one up with its query code, one's own in the account. */
@Controller
class MessagePagesController {

    private final MessageSubmission submission;
    private final MessageQueries queries;
    private final Units units;

    MessagePagesController(MessageSubmission submission, MessageQueries queries, Units units) {
        this.submission = submission;
        this.queries = queries;
        this.units = units;
    }

    @GetMapping("/messages")
    String published(Site site, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("messages", queries.published(site.id(), PageOf.clampPage(page), 20));
        return "interaction/messages";
    }

    /** {@code ?unit=CODE} preselects the unit (the community pages and unit profiles link here); an unknown code preselects none. */
    @GetMapping("/messages/new")
    String form(Site site, @RequestParam(required = false) String unit, @RequestParam(required = false) String category, Model model) {
        String chosen = unit != null && units.find(site.id(), unit.strip()).isPresent() ? unit.strip() : "";
        return form(site, model, Map.of("unit", chosen, "category", category == null ? "CONSULT" : category), Map.of());
    }

    @PostMapping("/messages/new")
    String submit(Actor actor, Site site, @RequestParam Map<String, String> params,
                  @RequestParam(name = "attachment", required = false) List<MultipartFile> files, Model model,
                  RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        List<MessageSubmission.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    uploads.add(new MessageSubmission.Upload(file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        try {
            Message message = submission.submit(actor, site.id(), new MessageForm(params.get("category"), params.get("unit"), params.get("title"),
                    params.get("content"), params.get("name"), params.get("phone"), "on".equals(params.get("public")), params.get("website")),
                    ClientAddress.current(), uploads);
            redirect.addFlashAttribute("queryCode", message.queryCode());
            redirect.addFlashAttribute("dueOn", message.dueOn().toString());
            return "redirect:/messages/received";
        } catch (DomainException e) {
            response.setStatus(e.status());
            return form(site, model, params, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
    }

    @GetMapping("/messages/received")
    String received(Model model) {
        if (!model.containsAttribute("queryCode")) {
            return "redirect:/messages/status";
        }
        return "interaction/messageReceived";
    }

    @GetMapping("/messages/status")
    String status(Site site, @RequestParam(required = false) String queryCode, @RequestParam(required = false) String phone, Model model) {
        model.addAttribute("queryCode", queryCode == null ? "" : queryCode);
        model.addAttribute("asked", queryCode != null);
        model.addAttribute("result", queryCode == null ? null : queries.status(site.id(), queryCode, phone).orElse(null));
        return "interaction/messageStatus";
    }

    @GetMapping("/account/messages")
    String mine(Actor actor, Model model) {
        model.addAttribute("messages", queries.mine(actor));
        return "interaction/myMessages";
    }

    private String form(Site site, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("units", units.directory(site.id()));
        model.addAttribute("categories", List.of(MessageCategory.values()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "interaction/messageForm";
    }
}
