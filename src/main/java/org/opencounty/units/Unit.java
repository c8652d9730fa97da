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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.opencounty.review.ReviewLifecycle;
import org.opencounty.review.Reviewable;
import org.opencounty.review.Submission;
import org.opencounty.review.ReviewState;

/**
 * A 单位: any organisation that submits information. Units form a tree within their site. The profile fields are the
 * live profile the portal shows; its revisions go through the review chain ({@link #profileReview}), and a revision
 * reaches these fields only when the center publishes it.
 */
@Entity
@Table(name = "unit")
public class Unit implements Reviewable {

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
    @AttributeOverride(name = "updatedAt", column = @Column(name = "profile_updated_at"))
    private ReviewLifecycle profileReview;
    private Instant updatedAt;
    @Version
    private long version;

    protected Unit() {
    }

    Unit(long siteId, String code, String name, UnitKind kind, Long parentId, int sortOrder, Instant now) {
        this.profileReview = new ReviewLifecycle(now);
        this.updatedAt = now;
        this.siteId = siteId;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.sortOrder = sortOrder;
    }

    void describe(String name, UnitKind kind, Long parentId, int sortOrder, Instant now) {
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    void identify(String creditCode, String legalName, Instant now) {
        this.creditCode = creditCode;
        this.legalName = legalName;
        this.updatedAt = now;
    }

    /** The profile's place in the review chain, which the {@link org.opencounty.review.SubmissionWorkflow} moves. */
    ReviewLifecycle profileReview() {
        return profileReview;
    }

    /** The unit's profile as a submission: the unit's own id and version, the profile's place in the chain. */
    @Override
    public Submission submission() {
        return new Submission(id, "unit:" + code, siteId, id, version, profileReview);
    }

    /** The phone numbers and mailboxes the units publish on their live profiles: meant to be public. */
    static Set<String> publishedContacts(Collection<Unit> units) {
        Set<String> contacts = new HashSet<>();
        for (Unit unit : units) {
            Stream.of(unit.phone(), unit.email()).filter(c -> c != null && !c.isBlank()).forEach(contacts::add);
        }
        return contacts;
    }

    void applyProfile(UnitProfile profile, Instant now) {
        this.profile = ProfileText.of(profile);
        this.updatedAt = now;
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
