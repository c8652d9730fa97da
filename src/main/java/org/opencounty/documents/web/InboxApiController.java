package org.opencounty.documents.web;

import java.time.LocalDate;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.web.PageOf;
import org.opencounty.documents.DocumentQueries;
import org.opencounty.documents.DocumentReceiving;
import org.opencounty.documents.InboxItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Documents received (收文) over JSON: the unit's inbox and each step on a copy. */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxApiController {

    record ReasonRequest(String reason) {
    }

    /** 承办: {@code mode} READ (阅知) with {@code readers}, or HANDLE (批办) with the 拟办意见 {@code proposal}. */
    record AssignRequest(String mode, List<String> readers, String proposal) {
    }

    /** The leader's 批示: the instruction, the handler's username and the time limit. */
    record InstructRequest(String instruction, String handler, LocalDate due) {
    }

    record ReplyRequest(String reply) {
    }

    private final DocumentReceiving receiving;
    private final DocumentQueries queries;

    InboxApiController(DocumentReceiving receiving, DocumentQueries queries) {
        this.receiving = receiving;
        this.queries = queries;
    }

    @GetMapping
    PageOf<InboxItem> inbox(Actor actor, @RequestParam(defaultValue = "1") int page) {
        return queries.inbox(actor, PageOf.requirePage(page));
    }

    @GetMapping("/{id}")
    InboxItem item(Actor actor, @PathVariable long id) {
        return queries.inboxItem(actor, id);
    }

    /** 签收 (and 登记). */
    @PostMapping("/{id}/receive")
    InboxItem receive(Actor actor, @PathVariable long id) {
        receiving.receive(actor, id);
        return queries.inboxItem(actor, id);
    }

    /** 初审: accept. */
    @PostMapping("/{id}/accept")
    InboxItem accept(Actor actor, @PathVariable long id) {
        receiving.accept(actor, id);
        return queries.inboxItem(actor, id);
    }

    /** 初审: return to the sender with a reason. */
    @PostMapping("/{id}/return")
    InboxItem returnToSender(Actor actor, @PathVariable long id, @RequestBody ReasonRequest body) {
        receiving.returnToSender(actor, id, body.reason());
        return queries.inboxItem(actor, id);
    }

    @PostMapping("/{id}/assign")
    InboxItem assign(Actor actor, @PathVariable long id, @RequestBody AssignRequest body) {
        if ("READ".equals(body.mode())) {
            receiving.circulate(actor, id, body.readers());
        } else if ("HANDLE".equals(body.mode())) {
            receiving.propose(actor, id, body.proposal());
        } else {
            throw InvalidInputException.field("mode", "承办方式应为 READ（阅知）或 HANDLE（批办）");
        }
        return queries.inboxItem(actor, id);
    }

    /** 批示 by the unit's leader. */
    @PostMapping("/{id}/instruct")
    InboxItem instruct(Actor actor, @PathVariable long id, @RequestBody InstructRequest body) {
        receiving.instruct(actor, id, body.instruction(), body.handler(), body.due());
        return queries.inboxItem(actor, id);
    }

    /** 传阅: the caller has read it. */
    @PostMapping("/{id}/read")
    InboxItem read(Actor actor, @PathVariable long id) {
        receiving.read(actor, id);
        return queries.inboxItem(actor, id);
    }

    /** 答复 to the sender. */
    @PostMapping("/{id}/reply")
    InboxItem reply(Actor actor, @PathVariable long id, @RequestBody ReplyRequest body) {
        receiving.reply(actor, id, body.reply());
        return queries.inboxItem(actor, id);
    }

    /** 办结. */
    @PostMapping("/{id}/close")
    InboxItem close(Actor actor, @PathVariable long id) {
        receiving.close(actor, id);
        return queries.inboxItem(actor, id);
    }
}
