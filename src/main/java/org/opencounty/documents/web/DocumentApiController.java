package org.opencounty.documents.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.documents.DocumentAttachment;
import org.opencounty.documents.DocumentDraft;
import org.opencounty.documents.DocumentPrint;
import org.opencounty.documents.DocumentPublishing;
import org.opencounty.documents.DocumentQueries;
import org.opencounty.documents.DocumentSending;
import org.opencounty.documents.DocumentView;
import org.opencounty.documents.DocumentWriting;
import org.opencounty.documents.OfficialDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents sent (发文) over JSON: drafts, the chain's steps, attachments, the PDF. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

    /** A draft as the API takes it; {@code version} only when rewriting. */
    record DraftRequest(String kind, String title, String body, List<String> recipients, List<String> cc, String urgency,
                        String disclosure, String disclosureReason, LocalDate deadline, Long version) {

        DocumentDraft draft() {
            return new DocumentDraft(kind, title, body, recipients, cc, urgency, disclosure, disclosureReason, deadline);
        }
    }

    record ReasonRequest(String reason) {
    }

    record Published(long documentId, long articleId) {
    }

    private final DocumentWriting writing;
    private final DocumentSending sending;
    private final DocumentQueries queries;
    private final DocumentPublishing publishing;
    private final DocumentPrint print;

    DocumentApiController(DocumentWriting writing, DocumentSending sending, DocumentQueries queries, DocumentPublishing publishing,
                          DocumentPrint print) {
        this.writing = writing;
        this.sending = sending;
        this.queries = queries;
        this.publishing = publishing;
        this.print = print;
    }

    /** What the caller's unit issued (a leader: also the units below), drafts included. */
    @GetMapping
    PageOf<OfficialDocument> issued(Actor actor, @RequestParam(defaultValue = "1") int page) {
        return queries.issued(actor, PageOf.requirePage(page));
    }

    @PostMapping
    ResponseEntity<DocumentView> draft(Actor actor, @RequestBody DraftRequest body) {
        OfficialDocument document = writing.draft(actor, body.draft());
        return ResponseEntity.status(HttpStatus.CREATED).body(queries.view(actor, document.id()));
    }

    @GetMapping("/{id}")
    DocumentView view(Actor actor, @PathVariable long id) {
        return queries.view(actor, id);
    }

    @PutMapping("/{id}")
    DocumentView edit(Actor actor, @PathVariable long id, @RequestBody DraftRequest body) {
        writing.edit(actor, id, body.draft(), body.version() == null ? -1 : body.version());
        return queries.view(actor, id);
    }

    @PostMapping("/{id}/submit")
    DocumentView submit(Actor actor, @PathVariable long id) {
        sending.submit(actor, id);
        return queries.view(actor, id);
    }

    /** 核稿. */
    @PostMapping("/{id}/review")
    DocumentView review(Actor actor, @PathVariable long id) {
        sending.review(actor, id);
        return queries.view(actor, id);
    }

    /** 签发. */
    @PostMapping("/{id}/sign")
    DocumentView sign(Actor actor, @PathVariable long id) {
        sending.sign(actor, id);
        return queries.view(actor, id);
    }

    /** 复核. */
    @PostMapping("/{id}/check")
    DocumentView check(Actor actor, @PathVariable long id) {
        sending.check(actor, id);
        return queries.view(actor, id);
    }

    /** 登记: the 发文字号 is given here. */
    @PostMapping("/{id}/register")
    DocumentView register(Actor actor, @PathVariable long id) {
        sending.register(actor, id);
        return queries.view(actor, id);
    }

    /** 核发 to every 主送 and 抄送 unit. */
    @PostMapping("/{id}/dispatch")
    DocumentView dispatch(Actor actor, @PathVariable long id) {
        sending.dispatch(actor, id);
        return queries.view(actor, id);
    }

    @PostMapping("/{id}/return")
    DocumentView returnForChanges(Actor actor, @PathVariable long id, @RequestBody ReasonRequest body) {
        sending.returnForChanges(actor, id, body.reason());
        return queries.view(actor, id);
    }

    /** A 主动公开 document to the portal's 政策文件 column, through the articles' review chain. */
    @PostMapping("/{id}/publish")
    Published publish(Actor actor, @PathVariable long id) {
        return new Published(id, publishing.publish(actor, id));
    }

    @PostMapping("/{id}/attachments")
    ResponseEntity<DocumentAttachment> attach(Actor actor, @PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(writing.attach(actor, id, file.getOriginalFilename(), file.getBytes()));
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Void> detach(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
        writing.detach(actor, id, attachmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
        return DocumentFiles.download(queries.attachment(actor, id, attachmentId));
    }

    /** The GB/T 9704-2012 layout as a PDF with the Chinese font embedded. */
    @GetMapping("/{id}.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        return DocumentFiles.pdf("document-" + id, print.pdf(actor, id));
    }
}
