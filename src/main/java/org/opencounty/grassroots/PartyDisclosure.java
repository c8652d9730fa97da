package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.review.SubmissionEntity;

/**
 * A party organisation's item of its 公开目录, going 提出 → 审核 → 审批 → 实施 through the review chain (docs/grassroots.md);
 * a 公示 carries the days it runs.
 */
@Entity
@Table(name = "party_disclosure")
public class PartyDisclosure extends SubmissionEntity {

    @Enumerated(EnumType.STRING)
    private PartyCategory category;
    @Enumerated(EnumType.STRING)
    private PartyVisibility visibility;
    private LocalDate startsOn;
    private LocalDate endsOn;

    protected PartyDisclosure() {
    }

    PartyDisclosure(long siteId, long unitId, PartyCategory category, String createdBy, Instant now) {
        super(siteId, unitId, createdBy, now);
        this.category = category;
    }

    void describe(PartyVisibility visibility, LocalDate startsOn, LocalDate endsOn) {
        this.visibility = visibility;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    @Override
    protected String target() {
        return "party-disclosure:" + id();
    }

    public PartyCategory category() { return category; }
    public PartyVisibility visibility() { return visibility; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public boolean announcement() { return startsOn != null; }

    public AnnouncementStatus status(LocalDate today) {
        return announcement() ? AnnouncementStatus.on(startsOn, endsOn, today) : null;
    }
}
