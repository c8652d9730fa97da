package org.opencounty.content;

import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.content.ArticleEvents.ArticleApprovedByLeader;
import org.opencounty.content.ArticleEvents.ArticlePublished;
import org.opencounty.content.ArticleEvents.ArticleReturned;
import org.opencounty.content.ArticleEvents.ArticleScheduled;
import org.opencounty.content.ArticleEvents.ArticleSubmitted;
import org.opencounty.content.internal.ArticleRepository;
import org.opencounty.content.internal.AttachmentReadings;
import org.opencounty.review.ReviewState;
import org.opencounty.review.SubmissionWorkflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review chain of notice 2013-38 for articles ({@link SubmissionWorkflow}): the officer submits, the unit's
 * principal leader approves ("审核把关"), the e-government center approves and publishes. Either reviewer may return
 * the article with a written reason. Screening runs on submit and again on publication. Attachments are read before
 * the step's transaction starts, so that a slow file holds a reader thread and not a database connection.
 */
@Service
public class ArticleReview {

    private final ArticleRepository articles;
    private final ArticleKind kind;
    private final SubmissionWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final AttachmentReadings readings;
    private final TransactionTemplate transactions;

    ArticleReview(ArticleRepository articles, ArticleKind kind, SubmissionWorkflow workflow, ApplicationEventPublisher events,
                  AttachmentReadings readings, TransactionTemplate transactions) {
        this.readings = readings;
        this.transactions = transactions;
        this.articles = articles;
        this.kind = kind;
        this.workflow = workflow;
        this.events = events;
    }

    /**
     * Submits the working revision to the unit's leader. Blocking findings refuse it; warnings refuse it
     * until the submitter acknowledges that the personal information is meant to be public (and that the
     * attachments that could not be read were checked by a person).
     */
    public Article submit(Actor actor, long id, boolean acknowledgeWarnings) {
        readAttachments(id);
        return transactions.execute(status -> submitRead(actor, id, acknowledgeWarnings));
    }

    private Article submitRead(Actor actor, long id, boolean acknowledgeWarnings) {
        Article article = load(id);
        // Policy documents' 文号, 发文机关, 成文日期 are the kind's completeness (ArticleKind.requireComplete).
        workflow.submit(actor, kind, article, acknowledgeWarnings);
        events.publishEvent(new ArticleSubmitted(id, article.unitId(), actor.username()));
        return article;
    }

    /** As {@link #approve(Actor, long, boolean)} without acknowledging unreadable attachments. */
    public Article approve(Actor actor, long id) {
        return approve(actor, id, false);
    }

    /**
     * Approves the working revision at the step it is at: the unit's leader first, then the center. While an
     * attachment could not be read, each reviewer must acknowledge having checked it by hand
     * ({@code acknowledgeUnreadable}); the acknowledgement is recorded with the approval.
     */
    public Article approve(Actor actor, long id, boolean acknowledgeUnreadable) {
        readAttachments(id);
        return transactions.execute(status -> approveRead(actor, id, acknowledgeUnreadable));
    }

    private Article approveRead(Actor actor, long id, boolean acknowledgeUnreadable) {
        Article article = load(id);
        if (workflow.approve(actor, kind, article, acknowledgeUnreadable) == ReviewState.PENDING_LEADER) {
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

    /** Reads the working revision's attachments that were not read yet, before any transaction starts. */
    private void readAttachments(long id) {
        articles.findById(id).ifPresent(article -> readings.readAll(article.workingRevisionId()));
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("信息不存在"));
    }
}
