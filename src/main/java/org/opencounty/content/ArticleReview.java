package org.opencounty.content;

import org.opencounty.review.ReviewState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.ArticleEvents.ArticleApprovedByLeader;
import org.opencounty.content.ArticleEvents.ArticlePublished;
import org.opencounty.content.ArticleEvents.ArticleReturned;
import org.opencounty.content.ArticleEvents.ArticleScheduled;
import org.opencounty.content.ArticleEvents.ArticleSubmitted;
import org.opencounty.content.ScreeningRefusedException.Flag;
import org.opencounty.content.internal.ArticleHistory;
import org.opencounty.content.internal.ArticleRepository;
import org.opencounty.content.internal.IndexNumbers;
import org.opencounty.content.internal.Publication;
import org.opencounty.content.internal.RevisionRepository;
import org.opencounty.content.internal.ScreeningGate;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review chain of notice 2013-38: the officer submits, the unit's principal leader approves
 * ("审核把关"), the e-government center approves and publishes. Either reviewer may return the article
 * with a written reason. Screening runs on submit and again on publication.
 */
@Service
public class ArticleReview {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ArticlePermissions permissions;
    private final ScreeningGate screening;
    private final IndexNumbers indexNumbers;
    private final Publication publication;
    private final Units units;
    private final ArticleHistory history;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleReview(ArticleRepository articles, RevisionRepository revisions, ArticlePermissions permissions,
                  ScreeningGate screening, IndexNumbers indexNumbers, Publication publication, Units units,
                  ArticleHistory history, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.permissions = permissions;
        this.screening = screening;
        this.indexNumbers = indexNumbers;
        this.publication = publication;
        this.units = units;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits the working revision to the unit's leader. Blocking findings refuse it; warnings refuse it
     * until the submitter acknowledges that the personal information is meant to be public.
     */
    @Transactional(noRollbackFor = ScreeningRefusedException.class)
    public Article submit(Actor actor, long id, boolean acknowledgeWarnings) {
        Article article = load(id);
        permissions.requireWrite(actor, article);
        permissions.requireSubmittable(article);
        ArticleRevision revision = revisions.findById(article.workingRevisionId()).orElseThrow();
        List<Flag> flags = screening.screen(article.siteId(), revision);
        boolean blocked = ScreeningGate.anyBlocking(flags);
        if (blocked || (!flags.isEmpty() && !acknowledgeWarnings)) {
            audit.record(actor, "article.submit", "article:" + id, AuditResult.DENIED, describe(flags));
            throw new ScreeningRefusedException(blocked, flags);
        }
        ReviewState before = article.state();
        revision.markSubmitted(actor.username(), !flags.isEmpty());
        revisions.save(revision);
        article.submit();
        articles.saveAndFlush(article);
        String note = flags.isEmpty() ? "" : "报送人确认以下内容确需公开：" + describe(flags);
        history.record(id, revision.id(), clock.instant(), actor.username(), "submit", before, article.state(), note);
        audit.record(actor, "article.submit", "article:" + id, AuditResult.SUCCESS, note);
        events.publishEvent(new ArticleSubmitted(id, article.unitId(), actor.username()));
        return article;
    }

    /** Approves the working revision at the step it is at: the unit's leader first, then the center. */
    @Transactional(noRollbackFor = ScreeningRefusedException.class)
    public Article approve(Actor actor, long id) {
        Article article = load(id);
        ReviewState before = article.state();
        ArticleRevision revision = article.workingRevisionId() == null ? null : working(article);
        permissions.requireApprover(actor, article, history.contributors(revision == null ? null : revision.id()));
        if (before == ReviewState.PENDING_LEADER) {
            article.approveByLeader();
            articles.saveAndFlush(article);
            events.publishEvent(new ArticleApprovedByLeader(id, article.unitId(), actor.username()));
        } else {
            screenForPublication(actor, article, revision);
            Instant now = clock.instant();
            String number = article.indexNumber() != null ? null : indexNumbers.next(article.unitId(),
                    units.byId(article.unitId()).orElseThrow().code(), article.category().code(),
                    now.atZone(TimeConfiguration.CHINA).getYear());
            article.approveByCenter(now, revision.publishAt(), number);
            articles.saveAndFlush(article);
            if (article.state() == ReviewState.PUBLISHED) {
                publication.show(article);
                events.publishEvent(new ArticlePublished(id, article.siteId(), article.unitId(), article.category().code()));
            } else {
                events.publishEvent(new ArticleScheduled(id, article.unitId(), actor.username()));
            }
        }
        history.record(id, article.workingRevisionId() != null ? article.workingRevisionId() : article.liveRevisionId(),
                clock.instant(), actor.username(), "approve", before, article.state(), "");
        audit.record(actor, "article.approve", "article:" + id, AuditResult.SUCCESS, before + " -> " + article.state());
        return article;
    }

    /** Sends the article back to its officer with a written reason. */
    @Transactional
    public Article returnForChanges(Actor actor, long id, String reason) {
        Article article = load(id);
        ReviewState before = article.state();
        String why = permissions.requireReturn(actor, article, reason);
        article.returnForChanges();
        articles.saveAndFlush(article);
        history.record(id, article.workingRevisionId(), clock.instant(), actor.username(), "return", before, article.state(), why);
        audit.record(actor, "article.return", "article:" + id, AuditResult.SUCCESS, why);
        events.publishEvent(new ArticleReturned(id, article.unitId(), actor.username(), why));
        return article;
    }

    /** Blocking findings stop publication; warnings stop it only if the submitter did not acknowledge them. */
    private void screenForPublication(Actor actor, Article article, ArticleRevision revision) {
        List<Flag> flags = screening.screen(article.siteId(), revision);
        boolean blocked = ScreeningGate.anyBlocking(flags);
        if (blocked || (!flags.isEmpty() && revision.warningsAcknowledgedBy() == null)) {
            audit.record(actor, "article.approve", "article:" + article.id(), AuditResult.DENIED, describe(flags));
            throw new ScreeningRefusedException(blocked, flags);
        }
    }

    private ArticleRevision working(Article article) {
        return revisions.findById(article.workingRevisionId()).orElseThrow();
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("信息不存在"));
    }

    static String describe(List<Flag> flags) {
        return flags.stream().map(flag -> flag.rule() + "“" + flag.text() + "”").collect(Collectors.joining("、"));
    }
}
