package org.opencounty.interaction.web;

import java.time.LocalDate;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.ClientAddress;
import org.opencounty.common.web.PageOf;
import org.opencounty.interaction.Message;
import org.opencounty.interaction.MessageForm;
import org.opencounty.interaction.MessageHandling;
import org.opencounty.interaction.MessageLine;
import org.opencounty.interaction.MessageQueries;
import org.opencounty.interaction.MessageSubmission;
import org.opencounty.interaction.MessageSummary;
import org.opencounty.interaction.MessageView;
import org.opencounty.interaction.PublicMessage;
import org.opencounty.sites.Site;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Messages over JSON: anyone leaves one and follows it with the query code; staff list, transfer, reply and approve. */
@RestController
@RequestMapping("/api/v1/messages")
class MessageApiController {

    record CreateRequest(String category, String unit, String title, String content, String name, String phone,
                         @com.fasterxml.jackson.annotation.JsonProperty("public") Boolean isPublic, String website) {
    }

    /** What an action leaves: the message's state and its new version (the actor may no longer see it, after a return). */
    record ActionResult(long id, String state, String stateLabel, String unitCode, long version) {
        static ActionResult of(Message m, String unitCode) {
            return new ActionResult(m.id(), m.state().name(), m.state().label(), unitCode, m.version());
        }
    }

    record Created(long id, String queryCode, String state, LocalDate submittedOn, LocalDate dueOn) {
    }

    record TransferRequest(String unit, String reason, Long version) {
    }

    record ReplyRequest(String reply, Long version) {
    }

    record ReasonRequest(String reason, Long version) {
    }

    record VersionRequest(Long version) {
    }

    /** A message as its writer or the staff see it; the writer's phone only to staff who may see the message. */
    record MessageJson(long id, String category, String categoryLabel, String unitCode, String unitName, String title, String content,
                       String name, String state, String stateLabel, boolean publicAllowed, LocalDate submittedOn, LocalDate dueOn,
                       Integer remainingWorkingDays, boolean nearDue, boolean overdue, boolean longUnanswered, String reply,
                       LocalDate answeredOn, long version, List<MessageLine> history, List<MessageView.AttachmentInfo> attachments) {

        static MessageJson of(MessageView view) {
            Message m = view.message();
            boolean answered = m.answered();
            return new MessageJson(m.id(), m.category().name(), m.category().label(), view.unitCode(), view.unitName(), m.title(), m.content(),
                    m.name(), m.state().name(), m.state().label(), m.publicAllowed(), m.submittedOn(), m.dueOn(), view.remainingWorkingDays(),
                    view.nearDue(), view.overdue(), view.longUnanswered(), answered ? m.reply() : null, m.answeredOn(), m.version(),
                    view.history(), view.attachments());
        }

        /** Staff see the reply being written too. */
        static MessageJson forStaff(MessageView view) {
            MessageJson json = of(view);
            return new MessageJson(json.id(), json.category(), json.categoryLabel(), json.unitCode(), json.unitName(), json.title(), json.content(),
                    json.name(), json.state(), json.stateLabel(), json.publicAllowed(), json.submittedOn(), json.dueOn(), json.remainingWorkingDays(),
                    json.nearDue(), json.overdue(), json.longUnanswered(), view.message().reply(), json.answeredOn(), json.version(),
                    json.history(), json.attachments());
        }
    }

    private final MessageSubmission submission;
    private final MessageHandling handling;
    private final MessageQueries queries;
    private final org.opencounty.units.Units units;

    MessageApiController(MessageSubmission submission, MessageHandling handling, MessageQueries queries, org.opencounty.units.Units units) {
        this.units = units;
        this.submission = submission;
        this.handling = handling;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Created> create(Actor actor, Site site, @RequestBody CreateRequest body) {
        boolean allowed = Boolean.TRUE.equals(body.isPublic());
        Message m = submission.submit(actor, site.id(), new MessageForm(body.category(), body.unit(), body.title(), body.content(), body.name(),
                body.phone(), allowed, body.website()), ClientAddress.current(), List.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(m.id(), m.queryCode(), m.state().name(), m.submittedOn(), m.dueOn()));
    }

    @GetMapping("/status")
    MessageJson status(Site site, @RequestParam String queryCode, @RequestParam(defaultValue = "") String phone) {
        return queries.status(site.id(), queryCode, phone).map(MessageJson::of)
                .orElseThrow(() -> new NotFoundException("没有查到该留言：请核对查询码和联系电话"));
    }

    @GetMapping("/public")
    PageOf<PublicMessage> published(Site site, @RequestParam(defaultValue = "1") int page) {
        return queries.published(site.id(), PageOf.requirePage(page), 20);
    }

    @GetMapping
    PageOf<MessageSummary> list(Actor actor, Site site, @RequestParam(required = false) String state, @RequestParam(defaultValue = "1") int page) {
        return queries.list(actor, site.id(), state, PageOf.requirePage(page), 20);
    }

    @GetMapping("/{id}")
    MessageJson get(Actor actor, @PathVariable long id) {
        MessageView view = queries.view(actor, id);
        boolean staff = actor != null && actor.isStaff();
        return staff ? MessageJson.forStaff(view) : MessageJson.of(view);
    }

    @PostMapping("/{id}/transfer")
    ActionResult transfer(Actor actor, @PathVariable long id, @RequestBody TransferRequest body) {
        Message m = handling.transfer(actor, id, version(body.version()), body.unit(), body.reason());
        return ActionResult.of(m, unitCode(m));
    }

    @PostMapping("/{id}/return")
    ActionResult returnToCenter(Actor actor, @PathVariable long id, @RequestBody ReasonRequest body) {
        Message m = handling.returnToCenter(actor, id, version(body.version()), body.reason());
        return ActionResult.of(m, unitCode(m));
    }

    @PostMapping("/{id}/reply")
    ActionResult reply(Actor actor, @PathVariable long id, @RequestBody ReplyRequest body) {
        Message m = handling.reply(actor, id, version(body.version()), body.reply());
        return ActionResult.of(m, unitCode(m));
    }

    @PostMapping("/{id}/approve")
    ActionResult approve(Actor actor, @PathVariable long id, @RequestBody(required = false) VersionRequest body) {
        Message m = handling.approve(actor, id, version(body == null ? null : body.version()));
        return ActionResult.of(m, unitCode(m));
    }

    @PostMapping("/{id}/return-reply")
    ActionResult returnReply(Actor actor, @PathVariable long id, @RequestBody ReasonRequest body) {
        Message m = handling.returnReply(actor, id, version(body.version()), body.reason());
        return ActionResult.of(m, unitCode(m));
    }

    private String unitCode(Message m) {
        return m.unitId() == null ? "" : units.byId(m.unitId()).map(org.opencounty.units.Unit::code).orElse("");
    }

    private static long version(Long version) {
        return version == null ? -1 : version;
    }
}
