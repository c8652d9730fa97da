package org.opencounty.content;

import java.time.Clock;
import java.time.Instant;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.content.ArticleEvents.ArticlePublished;
import org.opencounty.content.ArticleEvents.ArticleWithdrawn;
import org.opencounty.content.internal.ArticleRepository;
import org.opencounty.content.internal.HtmlSanitizer;
import org.opencounty.content.internal.RevisionRepository;
import org.opencounty.review.SubmissionWorkflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Withdrawal of published articles, and publication of scheduled ones when their time comes. */
@Service
public class ArticlePublishing {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final HtmlSanitizer sanitizer;
    private final ArticleKind kind;
    private final SubmissionWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticlePublishing(ArticleRepository articles, RevisionRepository revisions, HtmlSanitizer sanitizer, ArticleKind kind,
                      SubmissionWorkflow workflow, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.sanitizer = sanitizer;
        this.kind = kind;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    /** Takes an article off the portal, its lists, feeds and search at once. */
    @Transactional
    public Article withdraw(Actor actor, long id, String reason) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("信息不存在"));
        String why = workflow.withdraw(actor, kind, article, reason);
        events.publishEvent(new ArticleWithdrawn(id, article.siteId(), article.unitId(), article.category().code(), why));
        return article;
    }

    /**
     * Imports an article that was published before the platform existed (the old county site's pages,
     * or the demo data): it is screened like any other and goes live with its original date.
     */
    @Transactional
    public Article importPublished(long siteId, long unitId, ArticleDraft draft, Instant publishedAt, String by) {
        Category category = Category.byCode(draft.category())
                .orElseThrow(() -> InvalidInputException.field("category", "栏目不存在：" + draft.category()));
        Article article = articles.save(new Article(siteId, unitId, category, by, clock.instant()));
        ArticleRevision revision = revisions.save(new ArticleRevision(article.id(), 1, draft, sanitizer.sanitize(draft.body()), by, clock.instant()));
        article.assignIndexNumber(kind.nextIndexNumber(article, publishedAt));
        workflow.importedAsPublished(by, kind, article, revision.id(), publishedAt, draft.title());
        events.publishEvent(new ArticlePublished(article.id(), siteId, unitId, category.code()));
        return article;
    }

    /**
     * Publishes scheduled articles whose time has come; runs every minute, the first time a minute after the start
     * rather than beside it (the start's two cores are better spent on getting healthy; docs/adr/0030-start.md).
     */
    @Scheduled(fixedDelayString = "${opencounty.content.schedule-sweep:PT1M}",
            initialDelayString = "${opencounty.content.schedule-sweep:PT1M}")
    @Transactional
    public int publishDue() {
        int count = 0;
        for (Article article : articles.scheduledDue(clock.instant())) {
            workflow.publishScheduled(kind, article);
            events.publishEvent(new ArticlePublished(article.id(), article.siteId(), article.unitId(), article.category().code()));
            count++;
        }
        return count;
    }
}
