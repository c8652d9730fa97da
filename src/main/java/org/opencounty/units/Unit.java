package org.opencounty.units;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.opencounty.review.ReviewLifecycle;
import org.opencounty.review.ReviewState;

/**
 * A 单位: any organisation that submits information. Units form a tree within their site. The profile fields are the
 * live profile the portal shows; its revisions go through the review chain ({@link #profileReview}), and a revision
 * reaches these fields only when the center publishes it.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private Long parentId;
    private int sortOrder;
    private String creditCode = "";
    private String legalName = "";
    @Embedded
    private ProfileText profile = new ProfileText();
    @Embedded
    @AttributeOverride(name = "state", column = @Column(name = "profile_state"))
    @AttributeOverride(name = "liveRevisionId", column = @Column(name = "profile_live_revision_id"))
    @AttributeOverride(name = "workingRevisionId", column = @Column(name = "profile_working_revision_id"))
    @AttributeOverride(name = "publishedAt", column = @Column(name = "profile_published_at"))
    @AttributeOverride(name = "withdrawnAt", column = @Column(name = "profile_withdrawn_at"))
    @AttributeOverride(name = "withdrawReason", column = @Column(name = "profile_withdraw_reason"))
    private ReviewLifecycle profileReview = new ReviewLifecycle();
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    protected Unit() {
    }

    Unit(long siteId, String code, String name, UnitKind kind, Long parentId, int sortOrder) {
        this.siteId = siteId;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.sortOrder = sortOrder;
    }

    void describe(String name, UnitKind kind, Long parentId, int sortOrder) {
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.sortOrder = sortOrder;
        this.updatedAt = Instant.now();
    }

    void identify(String creditCode, String legalName) {
        this.creditCode = creditCode;
        this.legalName = legalName;
        this.updatedAt = Instant.now();
    }

    /** Every step of the profile's review goes through here, so that the version moves on and stale editors are refused. */
    ReviewLifecycle profileReview() {
        updatedAt = Instant.now();
        return profileReview;
    }

    void applyProfile(UnitProfile profile) {
        this.profile = ProfileText.of(profile);
        this.updatedAt = Instant.now();
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public String code() { return code; }
    public String name() { return name; }
    /** The 统一社会信用代码, or empty while nobody has entered it. */
    public String creditCode() { return creditCode == null ? "" : creditCode; }
    /** The full legal name (机构全称) as written notices carry it; the directory name while none is entered. */
    public String legalName() { return legalName == null || legalName.isBlank() ? name : legalName; }
    public UnitKind kind() { return kind; }
    public Long parentId() { return parentId; }
    public int sortOrder() { return sortOrder; }
    public String organisation() { return profile.organisation(); }
    public String duties() { return profile.duties(); }
    public String leaderName() { return profile.leaderName(); }
    public String address() { return profile.address(); }
    public String phone() { return profile.phone(); }
    public String email() { return profile.email(); }
    public String officeHours() { return profile.officeHours(); }

    /** The live profile the portal shows, with the registered contacts the caller read. */
    public UnitProfile liveProfile(List<Contact> contacts) { return profile.withContacts(contacts); }
    public ReviewState profileState() { return profileReview.state(); }
    public Long liveProfileRevisionId() { return profileReview.liveRevisionId(); }
    public Long workingProfileRevisionId() { return profileReview.workingRevisionId(); }
    public Instant profilePublishedAt() { return profileReview.publishedAt(); }
    /** Whether an edit starts a new revision (nothing is being written or reviewed) rather than changing the working one. */
    public boolean needsNewProfileRevision() { return profileReview.needsNewRevision(); }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
