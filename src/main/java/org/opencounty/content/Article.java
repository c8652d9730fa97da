package org.opencounty.content;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.opencounty.review.ReviewLifecycle;
import org.opencounty.review.ReviewState;

/**
 * An article (信息) of a unit in one category, going through the review chain ({@link ReviewLifecycle}).
 * Every transition moves the version on, so an editor holding an older one is refused.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private Long unitId;
    private String category;
    private String indexNumber;
    @Embedded
    private ReviewLifecycle review = new ReviewLifecycle();
    private String createdBy;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    protected Article() {
    }

    Article(long siteId, long unitId, Category category, String createdBy) {
        this.siteId = siteId;
        this.unitId = unitId;
        this.category = category.code();
        this.createdBy = createdBy;
    }

    void startWorkingOn(long revisionId) {
        review.startWorkingOn(revisionId);
        touch();
    }

    void submit() {
        review.submit();
        touch();
    }

    void approveByLeader() {
        review.approveByLeader();
        touch();
    }

    void returnForChanges() {
        review.returnForChanges();
        touch();
    }

    /** The center's approval; the 索引号 is given at the first approval and never changes. */
    void approveByCenter(Instant now, Instant publishAt, String assignedIndexNumber) {
        review.approveByCenter(now, publishAt);
        if (indexNumber == null) {
            indexNumber = assignedIndexNumber;
        }
        touch();
    }

    void publishScheduled(Instant now) {
        review.publishScheduled(now);
        touch();
    }

    void importAsPublished(long revisionId, Instant publishedAt, String assignedIndexNumber) {
        review.importAsPublished(revisionId, publishedAt);
        indexNumber = assignedIndexNumber;
        touch();
    }

    void withdraw(Instant now, String reason) {
        review.withdraw(now, reason);
        touch();
    }

    /** Records an edit of the working revision; the version moves on, so an editor holding the old one is refused. */
    void edited(Category category) {
        this.category = category.code();
        touch();
    }

    boolean needsNewRevision() {
        return review.needsNewRevision();
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long unitId() { return unitId; }
    public Category category() { return Category.byCode(category).orElseThrow(); }
    public ReviewState state() { return review.state(); }
    public String indexNumber() { return indexNumber; }
    public Long liveRevisionId() { return review.liveRevisionId(); }
    public Long workingRevisionId() { return review.workingRevisionId(); }
    public Instant publishedAt() { return review.publishedAt(); }
    public Instant withdrawnAt() { return review.withdrawnAt(); }
    public String withdrawReason() { return review.withdrawReason(); }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public boolean isLive() { return review.isLive(); }
}
