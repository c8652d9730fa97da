package org.opencounty.documents;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.documents.internal.Addressees;
import org.opencounty.documents.internal.DocumentAttachments;
import org.opencounty.documents.internal.DocumentStore;
import org.opencounty.documents.internal.Recipients;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the actor may read of documents: what their unit issued, its inbox, one document, one copy, an attachment. */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

    public static final int PAGE_SIZE = 20;

    /** An attachment's file with its name and the type it is served as. */
    public record AttachmentFile(String filename, String contentType, byte[] content) {
    }

    private final DocumentStore documents;
    private final Addressees addressees;
    private final DocumentAttachments attachments;
    private final Recipients recipients;
    private final DocumentAccess access;
    private final DocumentJournal journal;
    private final Units units;

    DocumentQueries(DocumentStore documents, Addressees addressees, DocumentAttachments attachments, Recipients recipients,
                    DocumentAccess access, DocumentJournal journal, Units units) {
        this.documents = documents;
        this.addressees = addressees;
        this.attachments = attachments;
        this.recipients = recipients;
        this.access = access;
        this.journal = journal;
        this.units = units;
    }

    /** The documents the actor's unit (and, for a leader, the units below) issued, drafts included, newest first. */
    public PageOf<OfficialDocument> issued(Actor actor, int page) {
        requireStaffOf(actor);
        List<Long> unitIds = access.unitsOf(actor);
        int number = PageOf.clampPage(page);
        return new PageOf<>(documents.countIssuedBy(actor.siteId(), unitIds), number, PAGE_SIZE,
                documents.issuedBy(actor.siteId(), unitIds, PAGE_SIZE, (number - 1) * PAGE_SIZE));
    }

    /** The copies the actor's unit (and, for a leader, the units below) received, newest first. */
    public PageOf<InboxItem> inbox(Actor actor, int page) {
        requireStaffOf(actor);
        List<Long> unitIds = access.unitsOf(actor);
        int number = PageOf.clampPage(page);
        List<InboxItem> items = recipients.inbox(actor.siteId(), unitIds, PAGE_SIZE, (number - 1) * PAGE_SIZE).stream()
                .map(r -> item(r, false)).toList();
        return new PageOf<>(recipients.countInbox(actor.siteId(), unitIds), number, PAGE_SIZE, items);
    }

    public DocumentView view(Actor actor, long id) {
        OfficialDocument document = visible(actor, id, "view");
        boolean sender = access.isSender(actor, document);
        List<Recipient> all = recipients.ofDocument(id);
        List<Recipient> shown = sender ? all : all.stream().filter(r -> access.canSee(actor, r)).toList();
        List<DocumentStep> history = documents.events(id).stream()
                .filter(step -> sender || step.recipientId() == null || shown.stream().anyMatch(r -> r.id() == step.recipientId()))
                .toList();
        return new DocumentView(document, unitName(document.unitId()), addressees.of(id).stream()
                .map(a -> new DocumentView.Addressed(a.code(), a.name(), a.cc())).toList(), attachments.of(id), shown, history, sender);
    }

    public InboxItem inboxItem(Actor actor, long recipientId) {
        Recipient recipient = journal.recipient(recipientId);
        if (!access.canSee(actor, recipient)) {
            throw journal.refused(actor, recipient.target(), "inbox.view", "您无权查看其他单位的收文");
        }
        return item(recipient, true);
    }

    /** An attachment, for those who may see its document. */
    public AttachmentFile attachment(Actor actor, long documentId, long attachmentId) {
        visible(actor, documentId, "download");
        DocumentAttachment attachment = attachments.find(documentId, attachmentId)
                .orElseThrow(() -> new NotFoundException("附件不存在"));
        return new AttachmentFile(attachment.filename(), attachment.contentType(), attachments.content(attachmentId));
    }

    OfficialDocument visible(Actor actor, long id, String action) {
        OfficialDocument document = journal.document(id);
        List<Long> recipientUnits = document.dispatched()
                ? recipients.ofDocument(id).stream().map(Recipient::unitId).toList() : List.of();
        if (!access.canSee(actor, document, recipientUnits)) {
            throw journal.refused(actor, document.target(), action, "您无权查看该公文");
        }
        return document;
    }

    private InboxItem item(Recipient recipient, boolean details) {
        OfficialDocument document = journal.document(recipient.documentId());
        return new InboxItem(recipient, document, unitName(document.unitId()),
                details ? recipients.readers(recipient.id()) : List.of(), details ? attachments.of(document.id()) : List.of());
    }

    private String unitName(long unitId) {
        return units.byId(unitId).map(Unit::name).orElse("");
    }

    /** Documents are staff business: a citizen's token or session is refused. */
    public static void requireStaffOf(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以办理公文");
        }
    }
}
