package org.opencounty.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.opencounty.common.ConflictException;

/**
 * An article (信息) of a unit in one category. Its state is the state of its working revision; a live
 * revision stays on the portal while the next one goes through review. The transitions here are the
 * whole state machine: each checks the state it starts from and nothing else (who may act is checked
 * by the services).
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
    @Enumerated(EnumType.STRING)
    private ArticleState state = ArticleState.DRAFT;
    private String indexNumber;
    private Long liveRevisionId;
    private Long workingRevisionId;
    private Instant publishedAt;
    private Instant withdrawnAt;
    private String withdrawReason;
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
        this.workingRevisionId = revisionId;
        this.state = ArticleState.DRAFT;
        touch();
    }

    /** Brings in an article that was already published elsewhere (the old county site, demo data). */
    void importAsPublished(long revisionId, Instant publishedAt, String assignedIndexNumber) {
        this.liveRevisionId = revisionId;
        this.workingRevisionId = null;
        this.state = ArticleState.PUBLISHED;
        this.publishedAt = publishedAt;
        this.indexNumber = assignedIndexNumber;
        touch();
    }

    /** Records an edit of the working revision; the version moves on, so an editor holding the old one is refused. */
    void edited(Category category) {
        this.category = category.code();
        touch();
    }

    void submit() {
        require("submit", ArticleState.DRAFT, ArticleState.RETURNED);
        state = ArticleState.PENDING_LEADER;
        touch();
    }

    void approveByLeader() {
        require("approve", ArticleState.PENDING_LEADER);
        state = ArticleState.PENDING_CENTER;
        touch();
    }

    void returnForChanges() {
        require("return", ArticleState.PENDING_LEADER, ArticleState.PENDING_CENTER);
        state = ArticleState.RETURNED;
        touch();
    }

    /** The center's approval: the working revision goes live now, or waits for its publish time. */
    void approveByCenter(Instant now, Instant publishAt, String assignedIndexNumber) {
        require("approve", ArticleState.PENDING_CENTER);
        if (indexNumber == null) {
            indexNumber = assignedIndexNumber;
        }
        if (publishAt != null && publishAt.isAfter(now)) {
            state = ArticleState.SCHEDULED;
        } else {
            goLive(now);
        }
        touch();
    }

    void publishScheduled(Instant now) {
        require("publish", ArticleState.SCHEDULED);
        goLive(now);
        touch();
    }

    private void goLive(Instant now) {
        liveRevisionId = workingRevisionId;
        workingRevisionId = null;
        state = ArticleState.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        withdrawnAt = null;
        withdrawReason = null;
    }

    void withdraw(Instant now, String reason) {
        if (liveRevisionId == null && state != ArticleState.SCHEDULED) {
            throw invalid("withdraw");
        }
        liveRevisionId = null;
        workingRevisionId = null;
        state = ArticleState.WITHDRAWN;
        withdrawnAt = now;
        withdrawReason = reason;
        touch();
    }

    /** Editing a published, scheduled or withdrawn article starts a new working revision. */
    boolean needsNewRevision() {
        return workingRevisionId == null || state == ArticleState.SCHEDULED;
    }

    private void require(String action, ArticleState... allowed) {
        if (!Set.of(allowed).contains(state)) {
            throw invalid(action);
        }
    }

    private ConflictException invalid(String action) {
        return new ConflictException("INVALID_STATE", "该信息当前状态为“" + state.label() + "”，不能执行此操作（" + action + "）");
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long unitId() { return unitId; }
    public Category category() { return Category.byCode(category).orElseThrow(); }
    public ArticleState state() { return state; }
    public String indexNumber() { return indexNumber; }
    public Long liveRevisionId() { return liveRevisionId; }
    public Long workingRevisionId() { return workingRevisionId; }
    public Instant publishedAt() { return publishedAt; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawReason() { return withdrawReason; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public boolean isLive() { return liveRevisionId != null; }
}
