package org.opencounty.content;

import org.opencounty.review.ReviewState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.internal.HtmlSanitizer;
import org.opencounty.content.internal.IndexNumbers;
import org.opencounty.content.internal.RevisionRepository;
import org.opencounty.content.internal.ScreeningGate;
import org.opencounty.units.Units;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.content.ArticleEvents.ArticlePublished;
import org.opencounty.content.ArticleEvents.ArticleWithdrawn;
import org.opencounty.content.internal.ArticleHistory;
import org.opencounty.content.internal.ArticleRepository;
import org.opencounty.content.internal.Publication;
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
    private final ScreeningGate screening;
    private final IndexNumbers indexNumbers;
    private final Units units;
    private final ArticlePermissions permissions;
    private final Publication publication;
    private final ArticleHistory history;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticlePublishing(ArticleRepository articles, RevisionRepository revisions, HtmlSanitizer sanitizer,
                      ScreeningGate screening, IndexNumbers indexNumbers, Units units, ArticlePermissions permissions,
                      Publication publication, ArticleHistory history, AuditLog audit, ApplicationEventPublisher events,
                      Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.sanitizer = sanitizer;
        this.screening = screening;
        this.indexNumbers = indexNumbers;
        this.units = units;
        this.permissions = permissions;
        this.publication = publication;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Takes an article off the portal, its lists, feeds and search at once. */
    @Transactional
    public Article withdraw(Actor actor, long id, String reason) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("信息不存在"));
        String why = permissions.requireWithdrawal(actor, article, reason);
        ReviewState before = article.state();
        article.withdraw(clock.instant(), why);
        articles.saveAndFlush(article);
        publication.hide(id);
        history.record(id, null, clock.instant(), actor.username(), "withdraw", before, article.state(), why);
        audit.record(actor, "article.withdraw", "article:" + id, AuditResult.SUCCESS, why);
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
        Article article = articles.save(new Article(siteId, unitId, category, by));
        ArticleRevision revision = revisions.save(new ArticleRevision(article.id(), 1, draft, sanitizer.sanitize(draft.body()), by));
        // Imported pages were public already: blocked content still never goes up, warnings are kept on record.
        List<ScreeningRefusedException.Flag> flags = screening.screen(siteId, revision);
        if (ScreeningGate.anyBlocking(flags)) {
            throw new ScreeningRefusedException(true, flags);
        }
        String unitCode = units.byId(unitId).orElseThrow().code();
        article.importAsPublished(revision.id(), publishedAt,
                indexNumbers.next(unitId, unitCode, category.code(), publishedAt.atZone(TimeConfiguration.CHINA).getYear()));
        articles.saveAndFlush(article);
        publication.show(article);
        history.record(article.id(), revision.id(), clock.instant(), by, "import", null, ReviewState.PUBLISHED,
                flags.isEmpty() ? "" : "导入时提示：" + ArticleReview.describe(flags));
        audit.record(by, "", "article.import", "article:" + article.id(), AuditResult.SUCCESS, draft.title());
        events.publishEvent(new ArticlePublished(article.id(), siteId, unitId, category.code()));
        return article;
    }

    /** Publishes scheduled articles whose time has come; runs every minute. */
    @Scheduled(fixedDelayString = "${opencounty.content.schedule-sweep:PT1M}")
    @Transactional
    public int publishDue() {
        int count = 0;
        for (Article article : articles.scheduledDue(clock.instant())) {
            article.publishScheduled(clock.instant());
            articles.saveAndFlush(article);
            publication.show(article);
            history.record(article.id(), article.liveRevisionId(), clock.instant(), "system", "publish",
                    ReviewState.SCHEDULED, ReviewState.PUBLISHED, "定时发布");
            audit.recordSystem("article.publish", "article:" + article.id(), AuditResult.SUCCESS, "scheduled");
            events.publishEvent(new ArticlePublished(article.id(), article.siteId(), article.unitId(), article.category().code()));
            count++;
        }
        return count;
    }
}
