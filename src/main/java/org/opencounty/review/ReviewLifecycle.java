package org.opencounty.review;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Set;
import org.opencounty.common.ConflictException;

/**
 * The review chain of notice 2013-38 as a state machine, for anything a unit submits to the center:
 * articles, service guides, fees, unit profiles. The subject's content lives in revisions; the live revision stays on
 * the portal while the working revision is written and reviewed. Each transition checks only the state
 * it starts from; who may act is the services' business ({@link ReviewPermissions}).
 */
@Embeddable
public class ReviewLifecycle {

    @Enumerated(EnumType.STRING)
    private ReviewState state = ReviewState.DRAFT;
    private Long liveRevisionId;
    private Long workingRevisionId;
    private Instant publishedAt;
    private Instant withdrawnAt;
    private String withdrawReason;
    /** Every step and every edit sets it, so that the owning entity is changed and its version moves on. */
    private Instant updatedAt;

    protected ReviewLifecycle() {
    }

    /** A new submission with nothing written yet. */
    public ReviewLifecycle(Instant now) {
        updatedAt = now;
    }

    public void startWorkingOn(long revisionId, Instant now) {
        workingRevisionId = revisionId;
        state = ReviewState.DRAFT;
        updatedAt = now;
    }

    /** The working revision was rewritten: nothing moves but the time, and with it the owner's version. */
    public void edited(Instant now) {
        // Strictly later than the last change, so that two edits within the clock's resolution are still two versions
        // of the row and an editor who started from the first is refused.
        updatedAt = updatedAt != null && !now.isAfter(updatedAt) ? updatedAt.plusNanos(1000) : now;
    }

    public void submit(Instant now) {
        require("submit", ReviewState.DRAFT, ReviewState.RETURNED);
        state = ReviewState.PENDING_LEADER;
        updatedAt = now;
    }

    public void approveByLeader(Instant now) {
        require("approve", ReviewState.PENDING_LEADER);
        state = ReviewState.PENDING_CENTER;
        updatedAt = now;
    }

    public void returnForChanges(Instant now) {
        require("return", ReviewState.PENDING_LEADER, ReviewState.PENDING_CENTER);
        state = ReviewState.RETURNED;
        updatedAt = now;
    }

    /** The center's approval: the working revision goes live now, or waits for its publish time. */
    public void approveByCenter(Instant now, Instant publishAt) {
        require("approve", ReviewState.PENDING_CENTER);
        if (publishAt != null && publishAt.isAfter(now)) {
            state = ReviewState.SCHEDULED;
            updatedAt = now;
        } else {
            goLive(now);
        }
    }

    public void publishScheduled(Instant now) {
        require("publish", ReviewState.SCHEDULED);
        goLive(now);
    }

    /** Brings in something that was published before the platform (the old site, demo data) at {@code publishedAt}. */
    public void importAsPublished(long revisionId, Instant publishedAt, Instant now) {
        liveRevisionId = revisionId;
        workingRevisionId = null;
        state = ReviewState.PUBLISHED;
        this.publishedAt = publishedAt;
        updatedAt = now;
    }

    public void withdraw(Instant now, String reason) {
        if (liveRevisionId == null && state != ReviewState.SCHEDULED) {
            throw invalid("withdraw");
        }
        updatedAt = now;
        liveRevisionId = null;
        workingRevisionId = null;
        state = ReviewState.WITHDRAWN;
        withdrawnAt = now;
        withdrawReason = reason;
    }

    /** Editing something published, scheduled or withdrawn starts a new working revision. */
    public boolean needsNewRevision() {
        return workingRevisionId == null || state == ReviewState.SCHEDULED;
    }

    /** Whether the working revision may be changed now (a draft, returned, or a new revision of something live). */
    public boolean editableNow() {
        return needsNewRevision() || state.editable();
    }

    /** The one rule for every writer: a revision in review is changed only after it is returned. */
    public void requireEditable(String noun) {
        if (!editableNow()) {
            throw new ConflictException("INVALID_STATE", noun + "正在审核中（" + state.label() + "），退回后才能修改");
        }
    }

    private void goLive(Instant now) {
        liveRevisionId = workingRevisionId;
        workingRevisionId = null;
        state = ReviewState.PUBLISHED;
        updatedAt = now;
        if (publishedAt == null) {
            publishedAt = now;
        }
        withdrawnAt = null;
        withdrawReason = null;
    }

    private void require(String action, ReviewState... allowed) {
        if (!Set.of(allowed).contains(state)) {
            throw invalid(action);
        }
    }

    private ConflictException invalid(String action) {
        return new ConflictException("INVALID_STATE", "当前状态为“" + state.label() + "”，不能执行此操作（" + action + "）");
    }

    public ReviewState state() { return state; }
    public Long liveRevisionId() { return liveRevisionId; }
    public Long workingRevisionId() { return workingRevisionId; }
    public Instant publishedAt() { return publishedAt; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawReason() { return withdrawReason; }
    public Instant updatedAt() { return updatedAt; }
    public boolean isLive() { return liveRevisionId != null; }
}
