package org.opencounty.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One version of an article's content. Every revision is kept; a submitted revision is never edited again. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long articleId;
    private int number;
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
    private String author;
    private String submittedBy;
    private String warningsAcknowledgedBy;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    protected ArticleRevision() {
    }

    ArticleRevision(long articleId, int number, ArticleDraft draft, String sanitizedBody, String author) {
        this.articleId = articleId;
        this.number = number;
        this.author = author;
        write(draft, sanitizedBody, author);
    }

    void write(ArticleDraft draft, String sanitizedBody, String author) {
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
        this.author = author;
        this.warningsAcknowledgedBy = null;
        this.updatedAt = Instant.now();
    }

    ArticleRevision copyAs(int newNumber, String newAuthor) {
        ArticleRevision copy = new ArticleRevision();
        copy.articleId = articleId;
        copy.number = newNumber;
        copy.title = title;
        copy.body = body;
        copy.summary = summary;
        copy.documentNumber = documentNumber;
        copy.issuingBody = issuingBody;
        copy.writtenOn = writtenOn;
        copy.publishAt = null;
        copy.validity = validity;
        copy.validityDate = validityDate;
        copy.replacedById = replacedById;
        copy.source = source;
        copy.keywords = keywords;
        copy.author = newAuthor;
        return copy;
    }

    void markSubmitted(String by, boolean warningsAcknowledged) {
        this.submittedBy = by;
        this.warningsAcknowledgedBy = warningsAcknowledged ? by : null;
    }

    public ArticleDraft toDraft(String category) {
        return new ArticleDraft(category, title, body, summary, documentNumber, issuingBody, writtenOn, publishAt,
                validity, validityDate, replacedById, source, keywords);
    }

    public Long id() { return id; }
    public Long articleId() { return articleId; }
    public int number() { return number; }
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
    public String author() { return author; }
    public String submittedBy() { return submittedBy; }
    public String warningsAcknowledgedBy() { return warningsAcknowledgedBy; }
    public Instant updatedAt() { return updatedAt; }
}
