package org.opencounty.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.opencounty.review.PublishedSubmission;

/**
 * The live version of an article as the portal and search see it ({@link PublishedSubmission}).
 */
@Entity
@Table(name = "published_article")
@Indexed(index = "article")
public class PublishedArticle extends PublishedSubmission {

    /** The analyzer for Chinese text; the search module defines it for each backend. */
    public static final String CHINESE = "chinese";

    @Id
    private Long articleId;
    @KeywordField(projectable = Projectable.YES)
    private String category;
    private String indexNumber;
    @FullTextField(analyzer = CHINESE, highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String title;
    private String summary;
    private String body;
    @FullTextField(analyzer = CHINESE, highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String bodyText;
    private String documentNumber;
    private String issuingBody;
    private LocalDate writtenOn;
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant publishedAt;
    @GenericField
    private Integer publishedYear;
    @Enumerated(EnumType.STRING)
    private Validity validity;
    private LocalDate validityDate;
    private Long replacedById;
    private String source;
    @FullTextField(analyzer = CHINESE)
    private String keywords;

    protected PublishedArticle() {
    }

    PublishedArticle(Article article, ArticleRevision revision, String unitCode, String unitName, String bodyText, int year) {
        super(article, revision.id(), unitCode, unitName);
        this.articleId = article.id();
        this.category = article.category().code();
        this.indexNumber = article.indexNumber();
        this.title = revision.title();
        this.summary = revision.summary();
        this.body = revision.body();
        this.bodyText = bodyText;
        this.documentNumber = revision.documentNumber();
        this.issuingBody = revision.issuingBody();
        this.writtenOn = revision.writtenOn();
        this.publishedAt = article.publishedAt();
        this.publishedYear = year;
        this.validity = revision.validity();
        this.validityDate = revision.validityDate();
        this.replacedById = revision.replacedById();
        this.source = revision.source();
        this.keywords = revision.keywords();
    }

    public Long articleId() { return articleId; }
    public Category category() { return Category.byCode(category).orElseThrow(); }
    public String indexNumber() { return indexNumber; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String body() { return body; }
    public String bodyText() { return bodyText; }
    public String documentNumber() { return documentNumber; }
    public String issuingBody() { return issuingBody; }
    public LocalDate writtenOn() { return writtenOn; }
    public Instant publishedAt() { return publishedAt; }
    public Validity validity() { return validity; }
    public LocalDate validityDate() { return validityDate; }
    public Long replacedById() { return replacedById; }
    public String source() { return source; }
    public String keywords() { return keywords; }
    public String url() { return url(articleId); }

    /** The article's page on the portal. */
    public static String url(long articleId) { return "/articles/" + articleId; }
}
