package org.opencounty.review;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * The review chain's steps for every kind of submission (notice 2013-38): the unit's officer submits, its principal
 * leader approves (审核把关), the e-government center approves and publishes; either reviewer may return with a
 * written reason; the center or the unit's leader withdraws. Screening runs on submit and again on publication, so
 * that a term the center added in between still stops it. Each step checks who may take it before anything changes,
 * puts the step into the submission's history and the audit log with the actor it was given, and refusals are
 * audited the same way for every kind. The callers run it in their transaction and publish their kind's events. Each
 * step flushes the subject, so that its new version is what the caller answers with and a concurrent change is refused
 * at once.
 */
@Component
public class SubmissionWorkflow {

    private final ReviewPermissions permissions;
    private final ReviewHistory history;
    private final SubmissionScreening screening;
    private final AuditLog audit;
    private final EntityManager entities;
    private final Clock clock;

    SubmissionWorkflow(ReviewPermissions permissions, ReviewHistory history, SubmissionScreening screening, AuditLog audit,
                       EntityManager entities, Clock clock) {
        this.permissions = permissions;
        this.history = history;
        this.screening = screening;
        this.audit = audit;
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * Checks an edit before anything is written: the actor writes for the subject, started from its current version
     * ({@code expectedVersion}; stale → 409 STALE_VERSION) and the working revision may be changed now.
     */
    public <S extends Reviewable> void requireEditable(Actor actor, SubmissionKind<S> kind, S subject, long expectedVersion) {
        Submission submission = requireWriter(actor, kind, subject, "edit");
        if (submission.version() != expectedVersion) {
            throw new ConflictException("STALE_VERSION", kind.noun() + "已被他人修改，请刷新后重试；您的修改未保存");
        }
        submission.review().requireEditable(kind.noun());
    }

    /** Refuses (and audits) an actor who does not write for the subject; {@code action} names the attempt. */
    public <S extends Reviewable> Submission requireWriter(Actor actor, SubmissionKind<S> kind, S subject, String action) {
        Submission submission = subject.submission();
        if (!kind.mayWrite(actor, subject, permissions)) {
            refused(actor, kind, submission, action, "");
            throw new NotAllowedException("您无权修改或报送" + kind.noun());
        }
        return submission;
    }

    /** The subject's first revision was written. */
    public <S extends Reviewable> void created(Actor actor, SubmissionKind<S> kind, S subject, long revisionId, String note) {
        Submission submission = subject.submission();
        submission.review().startWorkingOn(revisionId, clock.instant());
        entities.flush();
        record(actor.username(), auditUnit(actor), kind, submission, revisionId, "create", null, "", note);
    }

    /**
     * An edit was written into {@code revisionId}: the new working revision if the subject had none
     * ({@link ReviewLifecycle#needsNewRevision()} before the edit), else the working one rewritten.
     */
    public <S extends Reviewable> void edited(Actor actor, SubmissionKind<S> kind, S subject, long revisionId, String note) {
        Submission submission = subject.submission();
        ReviewState before = submission.state();
        if (submission.review().needsNewRevision()) {
            submission.review().startWorkingOn(revisionId, clock.instant());
        } else {
            submission.review().edited(clock.instant());
        }
        entities.flush();
        record(actor.username(), auditUnit(actor), kind, submission, revisionId, "edit", before, "", note);
    }

    /** A change to the working revision beside its text (a file attached or removed), with its own action name. */
    public <S extends Reviewable> void noted(Actor actor, SubmissionKind<S> kind, S subject, String action, String reason, String note) {
        Submission submission = subject.submission();
        record(actor.username(), auditUnit(actor), kind, submission, submission.review().workingRevisionId(), action,
                submission.state(), reason, note);
    }

    /**
     * Brings in something published before the platform (the old site, demo data) as its first, live revision. It was
     * public already: blocking content still never goes up; warnings are kept in its history.
     */
    public <S extends Reviewable> void importedAsPublished(String by, SubmissionKind<S> kind, S subject, long revisionId, Instant publishedAt,
                                        String note) {
        Submission submission = subject.submission();
        List<ScreeningFinding> findings = screening.screen(submission.siteId(), kind.screenedFields(subject, revisionId),
                kind.publishedContacts(subject, revisionId));
        if (ScreeningRefusal.anyBlocking(findings)) {
            throw new ScreeningRefusal(kind.noun(), findings.stream().filter(ScreeningFinding::blocking).toList());
        }
        submission.review().importAsPublished(revisionId, publishedAt, clock.instant());
        entities.flush();
        kind.show(subject);
        String warnings = kind.warningsNeedConfirmation() && !findings.isEmpty()
                ? "导入时提示：" + SubmissionScreening.describe(findings) : "";
        record(by, "", kind, submission, revisionId, "import", null, warnings, note);
    }

    /**
     * Submits the working revision to the unit's leader. Blocking findings refuse it; where the kind's warnings need
     * confirmation, they refuse it until the submitter confirms ({@code confirmWarnings}) that they are meant to be public.
     */
    public <S extends Reviewable> void submit(Actor actor, SubmissionKind<S> kind, S subject, boolean confirmWarnings) {
        Submission submission = requireWriter(actor, kind, subject, "submit");
        permissions.requireSubmittable(subject(kind, submission), submission.review().workingRevisionId());
        long revisionId = submission.review().workingRevisionId();
        // Screening first, so that prohibited content is named before what is missing (ADR 0016).
        List<ScreeningFinding> confirmed = screen(actor, kind, subject, submission, revisionId, "submit", confirmWarnings);
        kind.requireComplete(subject, revisionId);
        ReviewState before = submission.state();
        kind.revision(revisionId).markSubmitted(actor.username());
        kind.warningsConfirmedBy(revisionId, confirmed.isEmpty() ? null : actor.username());
        submission.review().submit(clock.instant());
        entities.flush();
        String note = confirmed.isEmpty() ? "" : "报送人确认以下内容确需公开：" + SubmissionScreening.describe(confirmed);
        record(actor.username(), auditUnit(actor), kind, submission, revisionId, "submit", before, note, note);
    }

    /** As {@link #approve(Actor, SubmissionKind, Reviewable, boolean)} without acknowledging unreadable attachments. */
    public <S extends Reviewable> ReviewState approve(Actor actor, SubmissionKind<S> kind, S subject) {
        return approve(actor, kind, subject, false);
    }

    /**
     * Approves the working revision at the step it stands at: the unit's leader sends it to the center; the center's
     * approval screens it again and puts it live (or schedules it). The second step needs another person than the
     * first. While an attachment could not be read, each reviewer must acknowledge having checked it by hand
     * ({@code acknowledgeUnreadable}; else 422 SCREENING_WARNINGS), which the history keeps. Returns the state it was
     * approved from.
     */
    public <S extends Reviewable> ReviewState approve(Actor actor, SubmissionKind<S> kind, S subject, boolean acknowledgeUnreadable) {
        Submission submission = subject.submission();
        ReviewState before = submission.state();
        Long revisionId = submission.review().workingRevisionId();
        permissions.requireApprover(actor, subject(kind, submission), history.contributors(kind, revisionId),
                history.approvers(kind, revisionId));
        List<ScreeningFinding> unreadable = revisionId == null ? List.of()
                : SubmissionScreening.unreadable(kind.unreadable(subject, revisionId));
        if (!unreadable.isEmpty() && !acknowledgeUnreadable) {
            refused(actor, kind, submission, "approve", SubmissionScreening.describe(unreadable));
            throw new ScreeningRefusal(kind.noun(), unreadable);
        }
        Instant now = clock.instant();
        if (before == ReviewState.PENDING_LEADER) {
            submission.review().approveByLeader(now);
        } else {
            screen(actor, kind, subject, submission, revisionId, "publish", kind.warningsConfirmed(revisionId));
            kind.requireComplete(subject, revisionId);
            submission.review().approveByCenter(now, kind.publishAt(revisionId));
            kind.approvedByCenter(subject, now);
        }
        entities.flush();
        if (submission.state() == ReviewState.PUBLISHED) {
            kind.show(subject);
        }
        String checkedByHand = unreadable.isEmpty() ? "" : "审核人确认已人工核对：" + SubmissionScreening.describe(unreadable);
        record(actor.username(), auditUnit(actor), kind, submission, revisionId, "approve", before, checkedByHand, checkedByHand);
        return before;
    }

    /** Sends the revision back to its unit with a written reason, which it returns; what is live stays live. */
    public <S extends Reviewable> String returnForChanges(Actor actor, SubmissionKind<S> kind, S subject, String reason) {
        Submission submission = subject.submission();
        ReviewState before = submission.state();
        String why = permissions.requireReturn(actor, subject(kind, submission), reason);
        submission.review().returnForChanges(clock.instant());
        entities.flush();
        record(actor.username(), auditUnit(actor), kind, submission, submission.review().workingRevisionId(), "return",
                before, why, why);
        return why;
    }

    /** Takes the subject off the public site with a written reason, which it returns. */
    public <S extends Reviewable> String withdraw(Actor actor, SubmissionKind<S> kind, S subject, String reason) {
        Submission submission = subject.submission();
        String why = permissions.requireWithdrawal(actor, subject(kind, submission), reason);
        ReviewState before = submission.state();
        submission.review().withdraw(clock.instant(), why);
        entities.flush();
        kind.hide(subject);
        record(actor.username(), auditUnit(actor), kind, submission, null, "withdraw", before, why, why);
        return why;
    }

    /** Puts a scheduled revision live when its time has come (the system acts). */
    public <S extends Reviewable> void publishScheduled(SubmissionKind<S> kind, S subject) {
        Submission submission = subject.submission();
        submission.review().publishScheduled(clock.instant());
        entities.flush();
        kind.show(subject);
        record("system", "", kind, submission, submission.review().liveRevisionId(), "publish", ReviewState.SCHEDULED,
                "定时发布", "定时发布");
    }

    /** Refuses an actor who does not review at the step the subject stands at (audited like every refusal). */
    public <S extends Reviewable> void requireCenter(Actor actor, SubmissionKind<S> kind, S subject, String action) {
        Submission submission = subject.submission();
        if (!permissions.canReviewAsCenter(actor, submission.siteId(), submission.unitId())) {
            refused(actor, kind, submission, action, submission.state().name());
            throw new NotAllowedException((permissions.reviewedByTownship(submission.unitId()) ? "只有乡镇审核员" : "只有电子政务中心审核员")
                    + "可以发布" + kind.noun());
        }
    }

    /** The subject's history, oldest first. */
    public List<ReviewEvent> history(SubmissionKind<?> kind, long subjectId) {
        return history.of(kind, subjectId);
    }

    /** The histories of several subjects of a kind (a list's page), oldest first, read at once. */
    public Map<Long, List<ReviewEvent>> histories(SubmissionKind<?> kind, Collection<Long> subjectIds) {
        return history.of(kind, subjectIds);
    }

    /**
     * Screens the revision; returns the warnings that stay (confirmed by the submitter), or refuses it with
     * {@link ScreeningRefusal}, audited as a refusal of {@code action}.
     */
    private <S extends Reviewable> List<ScreeningFinding> screen(Actor actor, SubmissionKind<S> kind, S subject, Submission submission,
                                              long revisionId, String action, boolean warningsConfirmed) {
        List<ScreeningFinding> findings = new ArrayList<>(screening.screen(submission.siteId(),
                kind.screenedFields(subject, revisionId), kind.publishedContacts(subject, revisionId)));
        findings.addAll(SubmissionScreening.unreadable(kind.unreadable(subject, revisionId)));
        if (!kind.warningsNeedConfirmation()) {
            findings = findings.stream().filter(ScreeningFinding::blocking).toList();
        }
        if (ScreeningRefusal.anyBlocking(findings) || (!findings.isEmpty() && !warningsConfirmed)) {
            refused(actor, kind, submission, action, SubmissionScreening.describe(findings));
            throw new ScreeningRefusal(kind.noun(), findings);
        }
        return findings;
    }

    /** A refusal stays on record although the caller's transaction rolls back. */
    private void refused(Actor actor, SubmissionKind<?> kind, Submission submission, String action, String details) {
        audit.recordIndependently(actor == null ? "anonymous" : actor.username(), auditUnit(actor), kind.name() + "." + action,
                submission.target(), AuditResult.DENIED, details);
    }

    private void record(String actor, String actorUnit, SubmissionKind<?> kind, Submission submission, Long revisionId,
                        String action, ReviewState before, String reason, String note) {
        history.record(kind, submission.id(), revisionId, clock.instant(), actor, action, before, submission.state(), reason);
        audit.record(actor, actorUnit, kind.name() + "." + action, submission.target(), AuditResult.SUCCESS,
                (before == null ? "" : before + " -> ") + submission.state() + (note.isEmpty() ? "" : " " + note));
    }

    private static String auditUnit(Actor actor) {
        return actor == null || actor.unitCode() == null ? "" : actor.unitCode();
    }

    static ReviewSubject subject(SubmissionKind<?> kind, Submission submission) {
        return new ReviewSubject(kind.name(), submission.target(), kind.noun(), submission.siteId(), submission.unitId(),
                submission.state());
    }
}
