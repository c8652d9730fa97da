package org.opencounty.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencounty.accounts.Account;
import org.opencounty.accounts.Accounts;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.documents.DocumentEvents.ReceivingStepTaken;
import org.opencounty.documents.ReceivingSteps.Step;
import org.opencounty.documents.internal.DocumentStore;
import org.opencounty.documents.internal.Recipients;
import org.opencounty.documents.internal.Recipients.StepColumn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A receiving unit's steps on its copy ({@link ReceivingSteps}): 签收 with the time (登记 with the unit's 收文登记号 at
 * once), 初审 (accept, or return to the sender with a reason), 承办 as 阅知 (readers of the unit; 传阅 keeps when each
 * read it) or 批办 (拟办意见, the leader's 批示 naming the handler and, for urgent documents, the time limit), 答复 to the
 * sender and 办结.
 */
@Service
public class DocumentReceiving {

    private static final int MAX_TEXT = 1000;

    private final Recipients recipients;
    private final DocumentStore documents;
    private final DocumentJournal journal;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    DocumentReceiving(Recipients recipients, DocumentStore documents, DocumentJournal journal, Accounts accounts,
                      ApplicationEventPublisher events) {
        this.recipients = recipients;
        this.documents = documents;
        this.journal = journal;
        this.accounts = accounts;
        this.events = events;
    }

    /** 签收, and 登记 at once: the unit's next 收文登记号 of the year. */
    @Transactional
    public Recipient receive(Actor actor, long id) {
        Recipient recipient = allowed(actor, id, Step.RECEIVE);
        int year = journal.today().getYear();
        Map<StepColumn, Object> columns = columns(StepColumn.SIGNED_BY, actor.username());
        columns.put(StepColumn.SIGNED_AT, journal.now());
        columns.put(StepColumn.RECEIPT_YEAR, year);
        columns.put(StepColumn.RECEIPT_SERIAL, recipients.nextReceiptSerial(recipient.siteId(), recipient.unitId(), year, documents));
        return move(actor, recipient, Step.RECEIVE, columns, "");
    }

    /** 初审: the document belongs here and is in order. */
    @Transactional
    public Recipient accept(Actor actor, long id) {
        Recipient recipient = allowed(actor, id, Step.ACCEPT);
        Map<StepColumn, Object> columns = columns(StepColumn.ACCEPTED_BY, actor.username());
        columns.put(StepColumn.ACCEPTED_AT, journal.now());
        return move(actor, recipient, Step.ACCEPT, columns, "");
    }

    /** 初审: back to the sender, with the reason the sender reads. */
    @Transactional
    public Recipient returnToSender(Actor actor, long id, String reason) {
        Recipient recipient = allowed(actor, id, Step.RETURN);
        String why = required(reason, "reason", "请填写退回理由");
        return move(actor, recipient, Step.RETURN, columns(StepColumn.RETURNED_REASON, why), why);
    }

    /** 阅知: the readers of the unit who are to read it (more may be added while it circulates). */
    @Transactional
    public Recipient circulate(Actor actor, long id, List<String> readers) {
        Recipient recipient = allowed(actor, id, Step.CIRCULATE);
        Set<String> names = new LinkedHashSet<>(readers == null ? List.of() : readers.stream()
                .filter(r -> r != null && !r.isBlank()).map(String::strip).toList());
        if (names.isEmpty()) {
            throw InvalidInputException.field("readers", "请选择传阅人");
        }
        List<String> unknown = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (String name : names) {
            Account account = staffOf(recipient, name);
            if (account == null) {
                unknown.add(name);
            } else {
                usernames.add(account.username());
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.field("readers", "以下人员不是本单位的工作人员：" + String.join("、", unknown));
        }
        Recipient moved = move(actor, recipient, Step.CIRCULATE, columns(StepColumn.MODE, "READ"), String.join("、", usernames));
        usernames.forEach(username -> recipients.addReader(id, username, journal.now()));
        return moved;
    }

    /** 批办: the 拟办意见 for the unit's leader. */
    @Transactional
    public Recipient propose(Actor actor, long id, String proposal) {
        Recipient recipient = allowed(actor, id, Step.PROPOSE);
        String text = required(proposal, "proposal", "请填写拟办意见");
        Map<StepColumn, Object> columns = columns(StepColumn.MODE, "HANDLE");
        columns.put(StepColumn.PROPOSAL, text);
        columns.put(StepColumn.PROPOSED_BY, actor.username());
        return move(actor, recipient, Step.PROPOSE, columns, text);
    }

    /** 批示: the leader's instruction, the handler (staff of the unit) and the time limit, required for urgent documents. */
    @Transactional
    public Recipient instruct(Actor actor, long id, String instruction, String handler, LocalDate due) {
        Recipient recipient = allowed(actor, id, Step.INSTRUCT);
        OfficialDocument document = journal.document(recipient.documentId());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String text = instruction == null ? "" : instruction.strip();
        if (text.isEmpty()) {
            errors.put("instruction", "请填写批示意见");
        } else if (text.length() > MAX_TEXT) {
            errors.put("instruction", "批示意见不能超过" + MAX_TEXT + "个字");
        }
        Account account = handler == null || handler.isBlank() ? null : staffOf(recipient, handler.strip());
        if (account == null) {
            errors.put("handler", handler == null || handler.isBlank() ? "请指定承办人" : "承办人须为本单位的工作人员");
        }
        if (due == null && document.urgency() != Urgency.NONE) {
            errors.put("due", "紧急公文须规定办理时限");
        } else if (due != null && due.isBefore(journal.today())) {
            errors.put("due", "办理时限不能早于今天（" + journal.today() + "）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<StepColumn, Object> columns = columns(StepColumn.INSTRUCTION, text);
        columns.put(StepColumn.INSTRUCTED_BY, actor.username());
        columns.put(StepColumn.HANDLER, account.username());
        if (due != null) {
            columns.put(StepColumn.HANDLE_DUE, due);
        }
        return move(actor, recipient, Step.INSTRUCT, columns, text + " → " + account.username() + (due == null ? "" : "，时限 " + due));
    }

    /** 传阅: a chosen reader has read it. */
    @Transactional
    public Recipient read(Actor actor, long id) {
        Recipient recipient = allowed(actor, id, Step.READ);
        if (!recipients.markRead(id, actor.username(), journal.now())) {
            throw new ConflictException("ALREADY_READ", "您已阅读过该收文");
        }
        journal.recorded(actor, journal.document(recipient.documentId()), id, "inbox.read", "");
        events.publishEvent(new ReceivingStepTaken(id, recipient.documentId(), recipient.unitId(), Step.READ, actor.username()));
        return journal.recipient(id);
    }

    /** 答复 to the sender by the handler. */
    @Transactional
    public Recipient reply(Actor actor, long id, String reply) {
        Recipient recipient = allowed(actor, id, Step.REPLY);
        String text = reply == null ? "" : reply.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.field("reply", "请填写答复内容");
        }
        if (text.length() > 4000) {
            throw InvalidInputException.field("reply", "答复不能超过4000个字");
        }
        Map<StepColumn, Object> columns = columns(StepColumn.REPLY, text);
        columns.put(StepColumn.REPLIED_BY, actor.username());
        columns.put(StepColumn.REPLIED_AT, journal.now());
        return move(actor, recipient, Step.REPLY, columns, text);
    }

    /** 办结. */
    @Transactional
    public Recipient close(Actor actor, long id) {
        Recipient recipient = allowed(actor, id, Step.CLOSE);
        Map<StepColumn, Object> columns = columns(StepColumn.CLOSED_BY, actor.username());
        columns.put(StepColumn.CLOSED_AT, journal.now());
        return move(actor, recipient, Step.CLOSE, columns, "");
    }

    private Account staffOf(Recipient recipient, String username) {
        return accounts.find(username).filter(a -> a.enabled() && Objects.equals(a.siteId(), recipient.siteId())
                && Objects.equals(a.unitId(), recipient.unitId())).orElse(null);
    }

    private Recipient allowed(Actor actor, long id, Step step) {
        Recipient recipient = journal.recipient(id);
        boolean reads = actor != null && step == Step.READ
                && recipients.readers(id).stream().anyMatch(r -> r.username().equals(actor.username()));
        var refusal = ReceivingSteps.refusal(actor, step, recipient.facts(reads));
        if (refusal.isPresent()) {
            throw journal.refused(actor, recipient.target(), "inbox." + step.name().toLowerCase(), refusal.get());
        }
        ReceivingSteps.next(recipient.state(), step);
        return recipient;
    }

    private Recipient move(Actor actor, Recipient recipient, Step step, Map<StepColumn, Object> columns, String detail) {
        RecipientState next = ReceivingSteps.next(recipient.state(), step);
        if (!recipients.step(recipient.id(), recipient.version(), next, columns)) {
            throw new ConflictException("STALE_VERSION", "该收文刚被他人办理，请刷新后重试");
        }
        journal.recorded(actor, journal.document(recipient.documentId()), recipient.id(), "inbox." + step.name().toLowerCase(),
                recipient.state() + " -> " + next + (detail.isEmpty() ? "" : " " + detail));
        events.publishEvent(new ReceivingStepTaken(recipient.id(), recipient.documentId(), recipient.unitId(), step, actor.username()));
        return journal.recipient(recipient.id());
    }

    private static String required(String value, String field, String message) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.field(field, message);
        }
        if (text.length() > 500 && field.equals("reason")) {
            throw InvalidInputException.field(field, "理由不能超过500个字");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.field(field, "不能超过" + MAX_TEXT + "个字");
        }
        return text;
    }

    private static Map<StepColumn, Object> columns(StepColumn column, Object value) {
        Map<StepColumn, Object> columns = new EnumMap<>(StepColumn.class);
        columns.put(column, value);
        return columns;
    }
}
