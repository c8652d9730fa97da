package org.opencounty.documents;

import java.time.Clock;
import java.time.LocalDate;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.documents.internal.DocumentStore;
import org.opencounty.documents.internal.Recipients;
import org.springframework.stereotype.Component;

/**
 * Every step of a document goes into its history and the audit log with the actor given, in the changing transaction;
 * every refusal into the audit log on its own, so that it stays on record when the request rolls back.
 */
@Component
class DocumentJournal {

    private final DocumentStore documents;
    private final Recipients recipients;
    private final AuditLog audit;
    private final Clock clock;

    DocumentJournal(DocumentStore documents, Recipients recipients, AuditLog audit, Clock clock) {
        this.documents = documents;
        this.recipients = recipients;
        this.audit = audit;
        this.clock = clock;
    }

    OfficialDocument document(long id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("公文不存在"));
    }

    Recipient recipient(long id) {
        return recipients.find(id).orElseThrow(() -> new NotFoundException("收文不存在"));
    }

    void recorded(Actor actor, OfficialDocument document, Long recipientId, String action, String detail) {
        documents.event(document.id(), recipientId, clock.instant(), actor.username(), action, detail);
        audit.record(actor, "document." + action, document.target() + (recipientId == null ? "" : "/recipient:" + recipientId),
                AuditResult.SUCCESS, detail);
    }

    /** Refuses and audits; {@code why} is the Chinese reason the person reads. */
    NotAllowedException refused(Actor actor, String target, String action, String why) {
        audit.recordIndependently(actor == null ? "anonymous" : actor.username(), actor == null || actor.unitCode() == null ? "" : actor.unitCode(),
                "document." + action, target, AuditResult.DENIED, why);
        return new NotAllowedException(why);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
    }

    java.time.Instant now() {
        return clock.instant();
    }
}
