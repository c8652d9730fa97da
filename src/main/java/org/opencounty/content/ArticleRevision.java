package org.opencounty.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.review.SubmissionRevision;

/** One version of an article's content ({@link SubmissionRevision}). */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends SubmissionRevision {

    private Long articleId;
    private String title;
    private String body;
    private String summary;
    private String documentNumber;
    private String issuingBody;
    private LocalDate writtenOn;
    private Instant publishAt;
    @Enumerated(EnumType.STRING)
    private Validity validity = Validity.VALID;
    private LocalDate validityDate;
    private Long replacedById;
    private String source;
    private String keywords;
    private String warningsAcknowledgedBy;

    protected ArticleRevision() {
    }

    ArticleRevision(long articleId, int number, ArticleDraft draft, String sanitizedBody, String author, Instant now) {
        super(number, author, now);
        this.articleId = articleId;
        write(draft, sanitizedBody, author, now);
    }

    void write(ArticleDraft draft, String sanitizedBody, String author, Instant now) {
        this.title = draft.title();
        this.body = sanitizedBody;
        this.summary = draft.summary();
        this.documentNumber = draft.documentNumber();
        this.issuingBody = draft.issuingBody();
        this.writtenOn = draft.writtenOn();
        this.publishAt = draft.publishAt();
        this.validity = draft.validity();
        this.validityDate = draft.validityDate();
        this.replacedById = draft.replacedById();
        this.source = draft.source();
        this.keywords = draft.keywords();
        this.warningsAcknowledgedBy = null;
        writtenBy(author, now);
    }

    /** Who confirmed, on submitting, that the personal data screening found is meant to be public (null: nobody). */
    void acknowledgeWarnings(String by) {
        this.warningsAcknowledgedBy = by;
    }

    public ArticleDraft toDraft(String category) {
        return new ArticleDraft(category, title, body, summary, documentNumber, issuingBody, writtenOn, publishAt,
                validity, validityDate, replacedById, source, keywords);
    }

    public Long articleId() { return articleId; }
    public String title() { return title; }
    public String body() { return body; }
    public String summary() { return summary; }
    public String documentNumber() { return documentNumber; }
    public String issuingBody() { return issuingBody; }
    public LocalDate writtenOn() { return writtenOn; }
    public Instant publishAt() { return publishAt; }
    public Validity validity() { return validity; }
    public LocalDate validityDate() { return validityDate; }
    public Long replacedById() { return replacedById; }
    public String source() { return source; }
    public String keywords() { return keywords; }
    public String warningsAcknowledgedBy() { return warningsAcknowledgedBy; }
}
