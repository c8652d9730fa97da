package org.opencounty.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.documents.DocumentEvents.RecipientReminded;
import org.opencounty.documents.internal.DocumentStore;
import org.opencounty.documents.internal.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: every copy not signed for by its sign-by time is reminded, and again after each further period (one working day,
 * two hours for 特急) while it stays unsigned. The reminder shows in the unit's inbox and in the sender's list. The
 * copies are taken with {@code for update skip locked}, so that sweeps on several nodes never remind one copy twice.
 */
@Service
public class ReminderSweep {

    static final int BATCH = 500;

    private final Recipients recipients;
    private final DocumentStore documents;
    private final DocumentSending sending;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderSweep(Recipients recipients, DocumentStore documents, DocumentSending sending, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.recipients = recipients;
        this.documents = documents;
        this.sending = sending;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Reminds every copy due now; returns how many. */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        List<Recipient> due = recipients.dueForReminder(now, BATCH);
        for (Recipient recipient : due) {
            Urgency urgency = documents.find(recipient.documentId()).map(OfficialDocument::urgency).orElse(Urgency.NONE);
            recipients.reminded(recipient.id(), now, sending.signBy(urgency, now));
            documents.event(recipient.documentId(), recipient.id(), now, AuditLog.SYSTEM, "inbox.remind",
                    "第" + (recipient.reminders() + 1) + "次催办：" + recipient.unitName() + "尚未签收");
            events.publishEvent(new RecipientReminded(recipient.id(), recipient.documentId(), recipient.unitId()));
        }
        if (!due.isEmpty()) {
            audit.recordSystem("document.remind", "documents", AuditResult.SUCCESS, due.size() + " 份未签收公文已催办");
        }
        return due.size();
    }

    @Scheduled(cron = "${opencounty.documents.reminder-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    public void scheduled() {
        sweep();
    }
}
