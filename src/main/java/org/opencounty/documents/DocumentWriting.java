package org.opencounty.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.content.ArticleWriting;
import org.opencounty.documents.DocumentEvents.DocumentStepTaken;
import org.opencounty.documents.internal.Addressees;
import org.opencounty.documents.internal.DocumentAttachments;
import org.opencounty.documents.internal.DocumentStore;
import org.opencounty.files.UploadPolicy;
import org.opencounty.review.ScreenedField;
import org.opencounty.screening.AttachmentReader;
import org.opencounty.screening.AttachmentReading;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 拟稿: a unit's officer or leader writes a document for their unit — 文种, title, body (the article editor's sanitised
 * HTML), 主送 and 抄送 units, 紧急程度, 公开属性 with the reason for 不予公开, an optional 办理时限 — and attaches files.
 * All fields are checked at once; classified text is refused ({@link DocumentScreening}). Only a draft, or one returned
 * for changes, may be rewritten.
 */
@Service
public class DocumentWriting {

    private static final int MAX_TITLE = 200;

    private final DocumentStore documents;
    private final Addressees addressees;
    private final DocumentAttachments attachments;
    private final DocumentJournal journal;
    private final DocumentScreening screening;
    private final ArticleWriting articles;
    private final Units units;
    private final UploadPolicy uploads;
    private final AttachmentReader reader;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DocumentWriting(DocumentStore documents, Addressees addressees, DocumentAttachments attachments, DocumentJournal journal,
                    DocumentScreening screening, ArticleWriting articles, Units units, UploadPolicy uploads, AttachmentReader reader,
                    ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.documents = documents;
        this.addressees = addressees;
        this.attachments = attachments;
        this.journal = journal;
        this.screening = screening;
        this.articles = articles;
        this.units = units;
        this.uploads = uploads;
        this.reader = reader;
        this.events = events;
        this.transactions = transactions;
    }

    private record Checked(DocumentStore.Fields fields, List<Long> main, List<Long> cc) {
    }

    @Transactional
    public OfficialDocument draft(Actor actor, DocumentDraft draft) {
        if (actor == null || actor.unitId() == null || SendingChain.refusal(actor, SendingChain.Step.SUBMIT,
                new SendingChain.Facts(actor.siteId(), actor.unitId(), DocumentState.DRAFT, "", null, null)).isPresent()) {
            throw journal.refused(actor, "document:new", "draft", "只有单位信息员或领导可以拟稿");
        }
        Checked checked = check(actor, actor.unitId(), draft);
        long id = documents.insert(actor.siteId(), actor.unitId(), checked.fields(), actor.username(), journal.now());
        addressees.replace(id, checked.main(), checked.cc());
        OfficialDocument document = journal.document(id);
        journal.recorded(actor, document, null, "draft", document.kind().label() + "：" + document.title());
        events.publishEvent(new DocumentStepTaken(id, document.siteId(), "draft", actor.username()));
        return document;
    }

    @Transactional
    public OfficialDocument edit(Actor actor, long id, DocumentDraft draft, long expectedVersion) {
        OfficialDocument document = requireEditable(actor, id, "edit");
        if (document.version() != expectedVersion) {
            throw stale();
        }
        Checked checked = check(actor, document.unitId(), draft);
        if (!documents.rewrite(id, expectedVersion, checked.fields(), journal.now())) {
            throw stale();
        }
        addressees.replace(id, checked.main(), checked.cc());
        OfficialDocument edited = journal.document(id);
        journal.recorded(actor, edited, null, "edit", edited.title());
        return edited;
    }

    /**
     * Attaches a file: checked by the upload policy, read and screened for classification markings before anything is
     * stored (the reading outside any transaction, as articles' are), then stored with the draft.
     */
    public DocumentAttachment attach(Actor actor, long id, String filename, byte[] content) {
        OfficialDocument document = requireEditable(actor, id, "attach");
        UploadPolicy.Accepted accepted = uploads.check(filename, content);
        AttachmentReading reading = reader.read(accepted.filename(), content);
        List<ScreenedField> fields = new ArrayList<>(List.of(ScreenedField.fileName(accepted.filename())));
        if (reading.readable()) {
            fields.add(ScreenedField.attachment(accepted.filename(), reading.text()));
        }
        screening.requireUnclassified(document.siteId(), fields);
        return transactions.execute(status -> {
            OfficialDocument current = requireEditable(actor, id, "attach");
            DocumentAttachment stored = attachments.add(id, accepted.filename(), accepted.contentType(), content, reading.readable(),
                    journal.now());
            journal.recorded(actor, current, null, "attach", stored.filename() + " " + stored.sha256()
                    + (reading.readable() ? "" : "（" + ScreeningRules.UNREADABLE_MESSAGE + "）"));
            return stored;
        });
    }

    @Transactional
    public void detach(Actor actor, long id, long attachmentId) {
        OfficialDocument document = requireEditable(actor, id, "detach");
        DocumentAttachment attachment = attachments.find(id, attachmentId)
                .orElseThrow(() -> new org.opencounty.common.NotFoundException("附件不存在"));
        attachments.remove(id, attachmentId);
        journal.recorded(actor, document, null, "detach", attachment.filename());
    }

    private OfficialDocument requireEditable(Actor actor, long id, String action) {
        OfficialDocument document = journal.document(id);
        var refusal = SendingChain.refusal(actor, SendingChain.Step.SUBMIT, document.facts());
        if (refusal.isPresent()) {
            throw journal.refused(actor, document.target(), action, refusal.get());
        }
        if (!document.state().editable()) {
            throw new ConflictException("INVALID_STATE", "该公文当前为“" + document.state().label() + "”，退回修改后才能改动");
        }
        return document;
    }

    private Checked check(Actor actor, long issuingUnitId, DocumentDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        DocumentKind kind = DocumentKind.of(draft.kind()).orElse(null);
        if (kind == null) {
            errors.put("kind", "文种应为" + java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::label)
                    .collect(Collectors.joining("、")) + "之一");
        }
        if (draft.title().isEmpty()) {
            errors.put("title", "请填写标题");
        } else if (draft.title().length() > MAX_TITLE) {
            errors.put("title", "标题不能超过" + MAX_TITLE + "个字");
        }
        String body = articles.preview(draft.body());
        if (ScreeningRules.plainText(body).isBlank()) {
            errors.put("body", "请填写正文");
        }
        Urgency urgency = Urgency.of(draft.urgency()).orElse(null);
        if (urgency == null) {
            errors.put("urgency", "紧急程度应为特急、加急或不填");
        }
        Disclosure disclosure = Disclosure.of(draft.disclosure()).orElse(null);
        if (disclosure == null) {
            errors.put("disclosure", "请选择公开属性：主动公开、依申请公开或不予公开");
        } else if (disclosure == Disclosure.NOT_PUBLIC && draft.disclosureReason().isEmpty()) {
            errors.put("disclosureReason", "不予公开的公文须写明理由（政府信息公开条例第十四条至第十六条）");
        }
        if (draft.disclosureReason().length() > 500) {
            errors.put("disclosureReason", "理由不能超过500个字");
        }
        if (draft.deadline() != null && draft.deadline().isBefore(journal.today())) {
            errors.put("deadline", "办理时限不能早于今天（" + journal.today() + "）");
        }
        List<Unit> directory = units.directory(actor.siteId());
        List<Long> main = resolve(draft.recipients(), directory, issuingUnitId, "recipients", errors);
        List<Long> cc = resolve(draft.cc(), directory, issuingUnitId, "cc", errors);
        if (main.isEmpty() && !errors.containsKey("recipients")) {
            errors.put("recipients", "请选择主送机关");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        screening.requireUnclassified(actor.siteId(), DocumentScreening.fieldsOf(draft.title(), body));
        return new Checked(new DocumentStore.Fields(kind, draft.title(), body, urgency, disclosure,
                disclosure == Disclosure.NOT_PUBLIC ? draft.disclosureReason() : "", draft.deadline()), main, cc);
    }

    /** Unit codes, {@code kind:TOWNSHIP} or {@code all} as unit ids in the directory's order, the issuer left out. */
    private static List<Long> resolve(List<String> names, List<Unit> directory, long issuingUnitId, String field,
                                      Map<String, String> errors) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            if (name.equals("all")) {
                directory.stream().filter(u -> u.id() != issuingUnitId).forEach(u -> ids.add(u.id()));
            } else if (name.startsWith("kind:")) {
                UnitKind kind = java.util.Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(name.substring(5))).findFirst().orElse(null);
                if (kind == null) {
                    unknown.add(name);
                } else {
                    directory.stream().filter(u -> u.kind() == kind && u.id() != issuingUnitId).forEach(u -> ids.add(u.id()));
                }
            } else {
                Unit unit = directory.stream().filter(u -> u.code().equals(name)).findFirst().orElse(null);
                if (unit == null) {
                    unknown.add(name);
                } else if (Objects.equals(unit.id(), issuingUnitId)) {
                    errors.put(field, "不能发给本单位");
                } else {
                    ids.add(unit.id());
                }
            }
        }
        if (!unknown.isEmpty()) {
            errors.put(field, "以下单位不存在：" + String.join("、", unknown));
        }
        return List.copyOf(ids);
    }

    private static ConflictException stale() {
        return new ConflictException("STALE_VERSION", "该公文已被他人修改，请刷新后重试；您的修改未保存");
    }
}
