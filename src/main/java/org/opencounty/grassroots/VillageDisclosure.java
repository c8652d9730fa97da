package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.review.SubmissionEntity;

/** A village's disclosure (村务公开) of one category for one period, going through the review chain to its township. */
@Entity
@Table(name = "village_disclosure")
public class VillageDisclosure extends SubmissionEntity {

    @Enumerated(EnumType.STRING)
    private VillageCategory category;
    @Enumerated(EnumType.STRING)
    private DisclosurePeriod.Kind periodKind;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private boolean major;

    protected VillageDisclosure() {
    }

    VillageDisclosure(long siteId, long unitId, VillageCategory category, DisclosurePeriod period, boolean major, String createdBy,
                      Instant now) {
        super(siteId, unitId, createdBy, now);
        this.category = category;
        cover(period, major);
    }

    void cover(DisclosurePeriod period, boolean major) {
        this.periodKind = period.kind();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.major = major;
    }

    @Override
    protected String target() {
        return "village-disclosure:" + id();
    }

    public VillageCategory category() { return category; }
    public DisclosurePeriod period() { return new DisclosurePeriod(periodKind, periodStart, periodEnd); }
    public boolean major() { return major; }
}
