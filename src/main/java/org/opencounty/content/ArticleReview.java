package org.opencounty.content;

import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.content.ArticleEvents.ArticleApprovedByLeader;
import org.opencounty.content.ArticleEvents.ArticlePublished;
import org.opencounty.content.ArticleEvents.ArticleReturned;
import org.opencounty.content.ArticleEvents.ArticleScheduled;
import org.opencounty.content.ArticleEvents.ArticleSubmitted;
import org.opencounty.content.internal.ArticleRepository;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review chain of notice 2013-38 for articles ({@link SubmissionWorkflow}): the officer submits, the unit's
 * principal leader approves ("审核把关"), the e-government center approves and publishes. Either reviewer may return
 * the article with a written reason. Screening runs on submit and again on publication.
 */
@Service
public class ArticleReview {

    private final ArticleRepository articles;
    private final ArticleKind kind;
    private final SubmissionWorkflow workflow;
    private final ApplicationEventPublisher events;

    ArticleReview(ArticleRepository articles, ArticleKind kind, SubmissionWorkflow workflow, ApplicationEventPublisher events) {
        this.articles = articles;
        this.kind = kind;
        this.workflow = workflow;
        this.events = events;
    }

    /**
     * Submits the working revision to the unit's leader. Blocking findings refuse it; warnings refuse it
     * until the submitter acknowledges that the personal information is meant to be public.
     */
    @Transactional
    public Article submit(Actor actor, long id, boolean acknowledgeWarnings) {
        Article article = load(id);
        workflow.submit(actor, kind, article, acknowledgeWarnings);
        events.publishEvent(new ArticleSubmitted(id, article.unitId(), actor.username()));
        return article;
    }

    /** Approves the working revision at the step it is at: the unit's leader first, then the center. */
    @Transactional
    public Article approve(Actor actor, long id) {
        Article article = load(id);
        if (workflow.approve(actor, kind, article) == ReviewState.PENDING_LEADER) {
            events.publishEvent(new ArticleApprovedByLeader(id, article.unitId(), actor.username()));
        } else if (article.state() == ReviewState.PUBLISHED) {
            events.publishEvent(new ArticlePublished(id, article.siteId(), article.unitId(), article.category().code()));
        } else {
            events.publishEvent(new ArticleScheduled(id, article.unitId(), actor.username()));
        }
        return article;
    }

    /** Sends the article back to its officer with a written reason. */
    @Transactional
    public Article returnForChanges(Actor actor, long id, String reason) {
        Article article = load(id);
        String why = workflow.returnForChanges(actor, kind, article, reason);
        events.publishEvent(new ArticleReturned(id, article.unitId(), actor.username(), why));
        return article;
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("信息不存在"));
    }
}
