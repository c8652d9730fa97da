package org.opencounty.documents.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.documents.DocumentQueries;
import org.opencounty.documents.DocumentReceiving;
import org.opencounty.documents.InboxItem;
import org.opencounty.web.FormRefusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The back office's 收文 pages: the unit's inbox and every step on a copy, as plain forms. */
@Controller
class InboxAdminController {

    private final DocumentReceiving receiving;
    private final DocumentQueries queries;

    InboxAdminController(DocumentReceiving receiving, DocumentQueries queries) {
        this.receiving = receiving;
        this.queries = queries;
    }

    @GetMapping("/admin/inbox")
    String inbox(Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("inbox", queries.inbox(actor, page));
        return "documents/backoffice/inbox";
    }

    @GetMapping("/admin/inbox/{id}")
    String item(Actor actor, @PathVariable long id, Model model) {
        return item(actor, id, model, Map.of());
    }

    @PostMapping("/admin/inbox/{id}/{step:receive|accept|read|close}")
    String step(Actor actor, @PathVariable long id, @PathVariable String step, Model model) {
        return act(actor, id, model, () -> {
            switch (step) {
                case "receive" -> receiving.receive(actor, id);
                case "accept" -> receiving.accept(actor, id);
                case "read" -> receiving.read(actor, id);
                default -> receiving.close(actor, id);
            }
        });
    }

    @PostMapping("/admin/inbox/{id}/return")
    String returnToSender(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        return act(actor, id, model, () -> receiving.returnToSender(actor, id, reason));
    }

    /** 阅知: readers as usernames, separated by commas or spaces. */
    @PostMapping("/admin/inbox/{id}/circulate")
    String circulate(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String readers, Model model) {
        return act(actor, id, model, () -> receiving.circulate(actor, id,
                Arrays.stream(readers.split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList()));
    }

    @PostMapping("/admin/inbox/{id}/propose")
    String propose(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String proposal, Model model) {
        return act(actor, id, model, () -> receiving.propose(actor, id, proposal));
    }

    @PostMapping("/admin/inbox/{id}/instruct")
    String instruct(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String instruction,
                    @RequestParam(defaultValue = "") String handler, @RequestParam(defaultValue = "") String due, Model model) {
        return act(actor, id, model, () -> receiving.instruct(actor, id, instruction, handler, date(due)));
    }

    @PostMapping("/admin/inbox/{id}/reply")
    String reply(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reply, Model model) {
        return act(actor, id, model, () -> receiving.reply(actor, id, reply));
    }

    private String act(Actor actor, long id, Model model, Runnable step) {
        return FormRefusals.handle(() -> {
            step.run();
            return "redirect:/admin/inbox/" + id + "?done";
        }, e -> item(actor, id, model, DocumentAdminController.errors(e)));
    }

    private String item(Actor actor, long id, Model model, Map<String, String> errors) {
        InboxItem item = queries.inboxItem(actor, id);
        model.addAttribute("item", item);
        model.addAttribute("actions", InboxActions.of(actor, item));
        model.addAttribute("errors", errors);
        return "documents/backoffice/inboxItem";
    }

    private static LocalDate date(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.field("due", "办理时限的日期格式不正确");
        }
    }
}
