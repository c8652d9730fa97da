package org.opencounty.review;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every submission that is a row of its own shares (articles, guides and fees, and the kinds to come): its
 * site and unit, who created it and when, its place in the chain, and the version an editor must hold. Unit profiles
 * live on the unit row instead and embed the {@link ReviewLifecycle} there.
 */
@MappedSuperclass
public abstract class SubmissionEntity implements Reviewable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private Long unitId;
    @Embedded
    private ReviewLifecycle review;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected SubmissionEntity() {
    }

    protected SubmissionEntity(long siteId, long unitId, String createdBy, Instant now) {
        this.siteId = siteId;
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.review = new ReviewLifecycle(now);
    }

    /** How the audit log names the submission (article:12, item:5). */
    protected abstract String target();

    @Override
    public Submission submission() {
        return new Submission(id, target(), siteId, unitId, version, review);
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long unitId() { return unitId; }
    public ReviewState state() { return review.state(); }
    public Long liveRevisionId() { return review.liveRevisionId(); }
    public Long workingRevisionId() { return review.workingRevisionId(); }
    public Instant publishedAt() { return review.publishedAt(); }
    public Instant withdrawnAt() { return review.withdrawnAt(); }
    public String withdrawReason() { return review.withdrawReason(); }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return review.updatedAt(); }
    public long version() { return version; }
    public boolean isLive() { return review.isLive(); }
    /** Whether an edit starts a new revision (nothing is being written or reviewed) rather than changing the working one. */
    public boolean needsNewRevision() { return review.needsNewRevision(); }
}
