package org.opencounty.content.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.content.Article;
import org.opencounty.content.ArticleDraft;
import org.opencounty.content.ArticlePublishing;
import org.opencounty.content.ArticleQueries;
import org.opencounty.content.ArticleQueue;
import org.opencounty.content.ArticleReview;
import org.opencounty.content.ArticleRevision;
import org.opencounty.content.ArticleView;
import org.opencounty.content.ArticleWriting;
import org.opencounty.content.DiffLine;
import org.opencounty.content.StoredAttachment;
import org.opencounty.content.Validity;
import org.opencounty.review.ReviewEvent;
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

/** The review chain over JSON: write, submit, approve, return, withdraw. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApiController {

    record ArticleRequest(String category, String title, String body, String summary, String documentNumber,
                          String issuingBody, LocalDate writtenOn, Instant publishAt, Validity validity,
                          LocalDate validityDate, Long replacedById, String source, String keywords, Long version) {

        ArticleDraft toDraft() {
            return new ArticleDraft(category, title, body, summary, documentNumber, issuingBody, writtenOn, publishAt,
                    validity, validityDate, replacedById, source, keywords);
        }
    }

    record SubmitRequest(Boolean acknowledgeWarnings) {
    }

    record ReasonRequest(String reason) {
    }

    /** {@code acknowledgeUnreadable}: the reviewer checked by hand the attachments that could not be read. */
    record ApproveRequest(Boolean acknowledgeUnreadable) {
    }

    record AttachmentJson(long id, String filename, String contentType, long size, String sha256) {
        static AttachmentJson of(StoredAttachment stored) {
            return new AttachmentJson(stored.id(), stored.filename(), stored.contentType(), stored.size(), stored.sha256());
        }
    }

    record HistoryJson(Instant at, String actor, String action, String fromState, String toState, Integer revision, String reason) {
        static HistoryJson of(ReviewEvent event) {
            return new HistoryJson(event.at(), event.actor(), event.action(),
                    event.fromState() == null ? null : event.fromState().name(),
                    event.toState() == null ? null : event.toState().name(), event.revision(), event.reason());
        }
    }

    record ArticleJson(long id, String state, String unitCode, String category, String indexNumber, String publicUrl,
                       long version, int revision, String title, String body, String summary, String documentNumber,
                       String issuingBody, LocalDate writtenOn, Instant publishAt, Instant publishedAt, String validity,
                       LocalDate validityDate, Long replacedById, String source, String keywords, boolean live,
                       String withdrawReason, List<AttachmentJson> attachments, List<HistoryJson> history) {

        static ArticleJson of(ArticleView view) {
            Article a = view.article();
            ArticleRevision r = view.current();
            return new ArticleJson(a.id(), a.state().name(), view.unitCode(), a.category().code(), a.indexNumber(),
                    view.publicUrl(), a.version(), r.number(), r.title(), r.body(), r.summary(), r.documentNumber(),
                    r.issuingBody(), r.writtenOn(), r.publishAt(), a.publishedAt(), r.validity().name(), r.validityDate(),
                    r.replacedById(), r.source(), r.keywords(), a.isLive(), a.withdrawReason(),
                    view.attachments().stream().map(AttachmentJson::of).toList(),
                    view.history().stream().map(HistoryJson::of).toList());
        }
    }

    private final ArticleWriting writing;
    private final ArticleReview review;
    private final ArticlePublishing publishing;
    private final ArticleQueries queries;

    ArticleApiController(ArticleWriting writing, ArticleReview review, ArticlePublishing publishing, ArticleQueries queries) {
        this.writing = writing;
        this.review = review;
        this.publishing = publishing;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<ArticleJson> create(Actor actor, @RequestBody ArticleRequest request) {
        Article article = writing.create(actor, request.toDraft());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(actor, article));
    }

    @PutMapping("/{id}")
    ArticleJson update(Actor actor, @PathVariable long id, @RequestBody ArticleRequest request) {
        if (request.version() == null) {
            throw InvalidInputException.field("version", "请提供所修改记录的版本号（version）");
        }
        return json(actor, writing.update(actor, id, request.toDraft(), request.version()));
    }

    @GetMapping("/{id}")
    ArticleJson get(Actor actor, @PathVariable long id) {
        return ArticleJson.of(queries.view(actor, id));
    }

    @GetMapping("/{id}/diff")
    List<DiffLine> diff(Actor actor, @PathVariable long id) {
        return queries.diffAgainstLive(actor, id);
    }

    @GetMapping("/queue")
    ArticleQueue queue(Actor actor) {
        return queries.queueOf(actor);
    }

    @PostMapping("/{id}/submit")
    ArticleJson submit(Actor actor, @PathVariable long id, @RequestBody(required = false) SubmitRequest request) {
        boolean acknowledge = request != null && Boolean.TRUE.equals(request.acknowledgeWarnings());
        return json(actor, review.submit(actor, id, acknowledge));
    }

    @PostMapping("/{id}/approve")
    ArticleJson approve(Actor actor, @PathVariable long id, @RequestBody(required = false) ApproveRequest request) {
        boolean acknowledge = request != null && Boolean.TRUE.equals(request.acknowledgeUnreadable());
        return json(actor, review.approve(actor, id, acknowledge));
    }

    @PostMapping("/{id}/return")
    ArticleJson returnForChanges(Actor actor, @PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
        return json(actor, review.returnForChanges(actor, id, request == null ? null : request.reason()));
    }

    @PostMapping("/{id}/withdraw")
    ArticleJson withdraw(Actor actor, @PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
        return json(actor, publishing.withdraw(actor, id, request == null ? null : request.reason()));
    }

    @PostMapping("/{id}/attachments")
    ResponseEntity<AttachmentJson> attach(Actor actor, @PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        StoredAttachment stored = writing.attach(actor, id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(AttachmentJson.of(stored));
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Void> detach(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
        writing.detach(actor, id, attachmentId);
        return ResponseEntity.noContent().build();
    }

    /** After a change the caller may no longer see the article (never the case today), so the view is read as the caller. */
    private ArticleJson json(Actor actor, Article article) {
        return ArticleJson.of(queries.view(actor, article.id()));
    }
}
