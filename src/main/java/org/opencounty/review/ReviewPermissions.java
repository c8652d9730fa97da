package org.opencounty.review;

import java.util.Collection;
import java.util.Objects;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the review chain, for any subject a unit submits: the unit's information officer
 * writes and submits; the unit's principal leader (or a leader of a parent unit) approves or returns;
 * the center's editors approve, publish or return; the center or the unit's leader withdraws. Nobody
 * approves their own work. The {@code require…} checks are the ones every subject's service makes the
 * same way before it changes anything.
 */
@Component
public class ReviewPermissions {

    private static final int MAX_REASON = 2000;

    private final UnitHierarchy units;
    private final AuditLog audit;

    ReviewPermissions(UnitHierarchy units, AuditLog audit) {
        this.units = units;
        this.audit = audit;
    }

    public boolean canView(Actor actor, long siteId, long unitId) {
        return actor != null && actor.siteId() == siteId
                && (actor.isCenterWide() || (actor.isStaff() && units.isWithin(unitId, actor.unitId())));
    }

    public boolean canWrite(Actor actor, long siteId, long unitId) {
        return actor != null && actor.has(Role.INFO_OFFICER) && actor.siteId() == siteId && Objects.equals(actor.unitId(), unitId);
    }

    public boolean canReviewAsLeader(Actor actor, long siteId, long unitId) {
        return actor != null && actor.has(Role.UNIT_LEADER) && actor.siteId() == siteId && units.isWithin(unitId, actor.unitId());
    }

    /** The site's e-government center, which reviews the submissions of every unit without a reviewing unit of its own. */
    public boolean canReviewAsCenter(Actor actor, long siteId) {
        return actor != null && actor.has(Role.CENTER_EDITOR) && actor.siteId() == siteId;
    }

    /**
     * Whether the actor takes the second step for unit {@code unitId}: the township's reviewer for its villages and
     * communities ({@link UnitHierarchy#reviewingUnit}, ADR 0020), the center for every other unit.
     */
    public boolean canReviewAsCenter(Actor actor, long siteId, long unitId) {
        return units.reviewingUnit(unitId)
                .map(township -> actor != null && actor.has(Role.TOWNSHIP_REVIEWER) && actor.siteId() == siteId
                        && township.equals(actor.unitId()))
                .orElseGet(() -> canReviewAsCenter(actor, siteId));
    }

    /** Whether the second step for unit {@code unitId} is a township's rather than the center's. */
    public boolean reviewedByTownship(long unitId) {
        return units.reviewingUnit(unitId).isPresent();
    }

    public boolean canWithdraw(Actor actor, long siteId, long unitId) {
        return canReviewAsCenter(actor, siteId, unitId) || canReviewAsLeader(actor, siteId, unitId);
    }

    /**
     * Whether the actor reviews at the step the subject stands at: the unit's leader at the first, the
     * center at the second. Outside review either may ask, and learns that it is not in review.
     */
    public boolean canReviewAt(Actor actor, ReviewSubject subject) {
        return switch (subject.state()) {
            case PENDING_LEADER -> canReviewAsLeader(actor, subject.siteId(), subject.unitId());
            case PENDING_CENTER -> canReviewAsCenter(actor, subject.siteId(), subject.unitId());
            default -> canReviewAsLeader(actor, subject.siteId(), subject.unitId())
                    || canReviewAsCenter(actor, subject.siteId(), subject.unitId());
        };
    }

    /** Only a draft or a returned revision goes to the leader; {@code workingRevisionId} is null when there is none. */
    public void requireSubmittable(ReviewSubject subject, Long workingRevisionId) {
        if (workingRevisionId == null || !subject.state().editable()) {
            throw new ConflictException("INVALID_STATE", subject.noun() + "当前状态为“" + subject.state().label() + "”，不能报送");
        }
    }

    /**
     * Checks a reviewer's approval before anything changes: the actor reviews at this step, the subject is
     * in review, the reviewer is not among the revision's {@code contributors} (ReviewHistory.contributors), and
     * did not approve it at an earlier step since it was submitted ({@code earlierApprovers},
     * ReviewHistory.approvers): two steps need two people, even one who holds both roles.
     */
    public void requireApprover(Actor actor, ReviewSubject subject, Collection<String> contributors,
                                Collection<String> earlierApprovers) {
        requireReviewerAtStep(actor, subject);
        if (!subject.state().inReview()) {
            throw new ConflictException("INVALID_STATE", subject.noun() + "当前状态为“" + subject.state().label() + "”，不在审核中");
        }
        requireNotOwnWork(actor, contributors);
        if (earlierApprovers.contains(actor.username())) {
            throw new SecondStepException();
        }
    }

    /** Checks a reviewer's return before anything changes; returns the written reason it needs. */
    public String requireReturn(Actor actor, ReviewSubject subject, String reason) {
        requireReviewerAtStep(actor, subject);
        return requiredReason(reason, "退回理由");
    }

    /** Checks a withdrawal before anything changes; returns the written reason it needs. */
    public String requireWithdrawal(Actor actor, ReviewSubject subject, String reason) {
        if (!canWithdraw(actor, subject.siteId(), subject.unitId())) {
            throw new NotAllowedException((units.reviewingUnit(subject.unitId()).isPresent() ? "只有乡镇审核员" : "只有中心审核员")
                    + "或本单位主要领导可以撤回" + subject.noun());
        }
        return requiredReason(reason, "撤回理由");
    }

    /** The reviewer may not approve what they wrote, attached to or submitted (审核把关 needs a second person). */
    private static void requireNotOwnWork(Actor actor, Collection<String> contributors) {
        if (contributors.contains(actor.username())) {
            throw new SelfApprovalException();
        }
    }

    private void requireReviewerAtStep(Actor actor, ReviewSubject subject) {
        if (!canReviewAt(actor, subject)) {
            // The refusal rolls back the caller's transaction; the attempt stays on record all the same.
            audit.recordIndependently(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(),
                    subject.kind() + ".review", subject.target(), AuditResult.DENIED, subject.state().name());
            throw new NotAllowedException("您无权审核" + subject.noun());
        }
    }

    private static String requiredReason(String reason, String label) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw InvalidInputException.field("reason", "请填写" + label + "（不超过" + MAX_REASON + "字）");
        }
        return why;
    }

    /** Refused because the reviewer approved the revision at the earlier step. */
    public static class SecondStepException extends NotAllowedException {
        SecondStepException() {
            super("SAME_REVIEWER", "上一步已由您审核通过，本步须由另一人审核");
        }
    }

    /** Refused because the reviewer wrote or submitted the revision. */
    public static class SelfApprovalException extends NotAllowedException {
        SelfApprovalException() {
            super("SELF_APPROVAL", "不能审核自己撰写或报送的内容");
        }
    }
}
