package org.opencounty.content;

import org.opencounty.review.ReviewState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.ArticleEvents.ArticleApprovedByLeader;
import org.opencounty.content.ArticleEvents.ArticlePublished;
import org.opencounty.content.ArticleEvents.ArticleReturned;
import org.opencounty.content.ArticleEvents.ArticleScheduled;
import org.opencounty.content.ArticleEvents.ArticleSubmitted;
import org.opencounty.content.ScreeningRefusedException.Flag;
import org.opencounty.content.internal.ArticleHistory;
import org.opencounty.content.internal.AttachmentReadings;
import org.opencounty.content.internal.ArticleRepository;
import org.opencounty.content.internal.IndexNumbers;
import org.opencounty.content.internal.Publication;
import org.opencounty.content.internal.RevisionRepository;
import org.opencounty.content.internal.ScreeningGate;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final AttachmentReadings readings;
    private final TransactionTemplate transactions;

    ArticleReview(ArticleRepository articles, RevisionRepository revisions, ArticlePermissions permissions,
                  ScreeningGate screening, IndexNumbers indexNumbers, Publication publication, Units units,
                  ArticleHistory history, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                  AttachmentReadings readings, TransactionTemplate transactions) {
        this.readings = readings;
        this.transactions = transactions;
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
     * until the submitter acknowledges that the personal information is meant to be public (and that the
     * attachments that could not be read were checked by a person).
     */
    public Article submit(Actor actor, long id, boolean acknowledgeWarnings) {
        readAttachments(id);
        return screenedInTransaction(() -> submitRead(actor, id, acknowledgeWarnings));
    }

    private Article submitRead(Actor actor, long id, boolean acknowledgeWarnings) {
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
        // After screening, so that prohibited content is named first; policy documents carry their 文号, 发文机关, 成文日期.
        Map<String, String> missing = ArticleMetadata.missingForSubmission(article.category(), revision.documentNumber(),
                revision.issuingBody(), revision.writtenOn());
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
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
        return screenedInTransaction(() -> approveRead(actor, id, acknowledgeUnreadable));
    }

    private Article approveRead(Actor actor, long id, boolean acknowledgeUnreadable) {
        Article article = load(id);
        ReviewState before = article.state();
        ArticleRevision revision = article.workingRevisionId() == null ? null : working(article);
        Long revisionId = revision == null ? null : revision.id();
        permissions.requireApprover(actor, article, history.contributors(revisionId), history.approvers(revisionId));
        List<Flag> unreadable = revision == null ? List.of() : screening.unreadable(revision);
        if (!unreadable.isEmpty() && !acknowledgeUnreadable) {
            audit.record(actor, "article.approve", "article:" + id, AuditResult.DENIED, describe(unreadable));
            throw ScreeningRefusedException.unreadable(unreadable);
        }
        String checkedByHand = unreadable.isEmpty() ? "" : "审核人确认已人工核对：" + describe(unreadable);
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
                clock.instant(), actor.username(), "approve", before, article.state(), checkedByHand);
        audit.record(actor, "article.approve", "article:" + id, AuditResult.SUCCESS,
                before + " -> " + article.state() + (checkedByHand.isEmpty() ? "" : "；" + checkedByHand));
        return article;
    }

    /**
     * Reads the working revision's attachments that were not read yet, before any transaction starts, so that a
     * slow file holds a reader thread and not a database connection.
     */
    private void readAttachments(long id) {
        articles.findById(id).ifPresent(article -> readings.readAll(article.workingRevisionId()));
    }

    /**
     * Runs a review step in a transaction that commits when screening refuses it, so that the refusal stays on
     * the audit record; the refusal is then thrown to the caller.
     */
    private Article screenedInTransaction(Supplier<Article> step) {
        ScreeningRefusedException[] refused = new ScreeningRefusedException[1];
        Article article = transactions.execute(status -> {
            try {
                return step.get();
            } catch (ScreeningRefusedException refusal) {
                refused[0] = refusal;
                return null;
            }
        });
        if (refused[0] != null) {
            throw refused[0];
        }
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
