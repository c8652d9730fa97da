package org.opencounty.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.documents.DocumentEvents.DocumentStepTaken;
import org.opencounty.documents.SendingChain.Step;
import org.opencounty.documents.internal.Addressees;
import org.opencounty.documents.internal.DocumentStore;
import org.opencounty.documents.internal.DocumentStore.StepColumn;
import org.opencounty.documents.internal.Issuers;
import org.opencounty.documents.internal.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document's steps after 拟稿 ({@link SendingChain}): 核稿, 签发 (its date is the 成文日期), 复核, 登记 (the 发文字号
 * from the unit's 代字, the year and the next number, counted in this transaction) and 核发, which delivers it to every
 * 主送 and 抄送 unit at once and publishes {@link DocumentDispatched}. A reviewer, the signer or the checker returns it to
 * the drafter with a reason.
 */
@Service
public class DocumentSending {

    private final DocumentStore documents;
    private final Addressees addressees;
    private final Recipients recipients;
    private final Issuers issuers;
    private final DocumentJournal journal;
    private final WorkingDays workingDays;
    private final DocumentSettings settings;
    private final ApplicationEventPublisher events;

    DocumentSending(DocumentStore documents, Addressees addressees, Recipients recipients, Issuers issuers, DocumentJournal journal,
                    WorkingDays workingDays, DocumentSettings settings, ApplicationEventPublisher events) {
        this.documents = documents;
        this.addressees = addressees;
        this.recipients = recipients;
        this.issuers = issuers;
        this.journal = journal;
        this.workingDays = workingDays;
        this.settings = settings;
        this.events = events;
    }

    /** 拟稿 done: to the unit's reviewer (核稿). */
    @Transactional
    public OfficialDocument submit(Actor actor, long id) {
        return step(actor, id, Step.SUBMIT, new EnumMap<>(StepColumn.class), "");
    }

    @Transactional
    public OfficialDocument review(Actor actor, long id) {
        return step(actor, id, Step.REVIEW, columns(StepColumn.REVIEWED_BY, actor.username()), "");
    }

    /** 签发 by the unit's principal leader, never the drafter; the day of signing is the 成文日期. */
    @Transactional
    public OfficialDocument sign(Actor actor, long id) {
        Map<StepColumn, Object> columns = columns(StepColumn.SIGNED_BY, actor.username());
        columns.put(StepColumn.SIGNED_AT, journal.now());
        columns.put(StepColumn.WRITTEN_ON, journal.today());
        return step(actor, id, Step.SIGN, columns, "成文日期 " + journal.today());
    }

    @Transactional
    public OfficialDocument check(Actor actor, long id) {
        return step(actor, id, Step.CHECK, columns(StepColumn.CHECKED_BY, actor.username()), "");
    }

    /**
     * 登记: the 发文字号 from the issuing unit's 代字, this year and the next number of that 代字 in this year. The counter
     * row stays locked until this transaction ends, so concurrent registrations take turns and a failed one gives its
     * number back: no gaps, no duplicates.
     */
    @Transactional
    public OfficialDocument register(Actor actor, long id) {
        OfficialDocument document = allowed(actor, id, Step.REGISTER);
        Issuer issuer = issuers.of(document.unitId()).orElseThrow(() -> new ConflictException("NO_ISSUER_PREFIX",
                "本单位尚未设置发文机关代字，请电子政务中心在“发文代字”中设置后再登记"));
        int year = journal.today().getYear();
        int serial = documents.nextSerial(document.siteId(), issuer.prefix(), year);
        String number = DocumentNumber.format(issuer.prefix(), year, serial);
        Map<StepColumn, Object> columns = columns(StepColumn.REGISTERED_BY, actor.username());
        columns.put(StepColumn.REGISTERED_AT, journal.now());
        columns.put(StepColumn.PREFIX, issuer.prefix());
        columns.put(StepColumn.YEAR, year);
        columns.put(StepColumn.SERIAL, serial);
        columns.put(StepColumn.NUMBER, number);
        return move(actor, document, Step.REGISTER, columns, number);
    }

    /** 核发: every 主送 and 抄送 unit receives the document now, with the time by which it must be signed for. */
    @Transactional
    public OfficialDocument dispatch(Actor actor, long id) {
        OfficialDocument document = allowed(actor, id, Step.DISPATCH);
        Instant now = journal.now();
        Map<StepColumn, Object> columns = columns(StepColumn.DISPATCHED_BY, actor.username());
        columns.put(StepColumn.DISPATCHED_AT, now);
        OfficialDocument dispatched = move(actor, document, Step.DISPATCH, columns, "");
        Instant signBy = signBy(document.urgency(), now);
        List<Addressees.Addressee> to = addressees.of(id);
        to.forEach(addressee -> recipients.deliver(id, document.siteId(), addressee.unitId(), addressee.cc(), now, signBy));
        events.publishEvent(new DocumentDispatched(id, document.siteId(), document.unitId(),
                to.stream().map(Addressees.Addressee::unitId).toList(), dispatched.number(), dispatched.title(), dispatched.deadline()));
        return dispatched;
    }

    /** Back to the drafter from 核稿, 签发 or 复核, with the reason the drafter reads. */
    @Transactional
    public OfficialDocument returnForChanges(Actor actor, long id, String reason) {
        String why = reason == null ? "" : reason.strip();
        OfficialDocument document = allowed(actor, id, Step.RETURN);
        if (why.isEmpty()) {
            throw InvalidInputException.field("reason", "请填写退回理由");
        }
        if (why.length() > 500) {
            throw InvalidInputException.field("reason", "退回理由不能超过500个字");
        }
        return move(actor, document, Step.RETURN, columns(StepColumn.RETURN_REASON, why), why);
    }

    /** When a copy delivered at {@code deliveredAt} must be signed for: 特急 within hours, else within working days. */
    Instant signBy(Urgency urgency, Instant deliveredAt) {
        if (urgency == Urgency.VERY_URGENT) {
            return deliveredAt.plus(settings.veryUrgentSignBy());
        }
        LocalDate day = LocalDate.ofInstant(deliveredAt, TimeConfiguration.CHINA);
        LocalDate due = workingDays.dueDate(day, settings.signWorkingDays(), Region.XJ).dueDate();
        return due.atTime(LocalTime.ofInstant(deliveredAt, TimeConfiguration.CHINA)).atZone(TimeConfiguration.CHINA).toInstant();
    }

    private OfficialDocument step(Actor actor, long id, Step step, Map<StepColumn, Object> columns, String detail) {
        return move(actor, allowed(actor, id, step), step, columns, detail);
    }

    /** The document, once the actor may take the step (else refused and audited) and it may start where it stands. */
    private OfficialDocument allowed(Actor actor, long id, Step step) {
        OfficialDocument document = journal.document(id);
        var refusal = SendingChain.refusal(actor, step, document.facts());
        if (refusal.isPresent()) {
            throw journal.refused(actor, document.target(), step.name().toLowerCase(), refusal.get());
        }
        SendingChain.next(document.state(), step);
        return document;
    }

    private OfficialDocument move(Actor actor, OfficialDocument document, Step step, Map<StepColumn, Object> columns, String detail) {
        DocumentState next = SendingChain.next(document.state(), step);
        if (!documents.step(document.id(), document.version(), next, columns, journal.now())) {
            throw new ConflictException("STALE_VERSION", "该公文刚被他人办理，请刷新后重试");
        }
        OfficialDocument moved = journal.document(document.id());
        journal.recorded(actor, moved, null, step.name().toLowerCase(),
                document.state() + " -> " + next + (detail.isEmpty() ? "" : " " + detail));
        events.publishEvent(new DocumentStepTaken(document.id(), document.siteId(), step.name().toLowerCase(), actor.username()));
        return moved;
    }

    private static Map<StepColumn, Object> columns(StepColumn column, Object value) {
        Map<StepColumn, Object> columns = new EnumMap<>(StepColumn.class);
        columns.put(column, value);
        return columns;
    }
}
