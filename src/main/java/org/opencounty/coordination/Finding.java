package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.review.SubmissionEntity;

/**
 * A finding (督查问题) at one unit on one checklist item: the problem, what the unit must do (整改要求) and by when, in
 * working days from the day it was recorded. Its rectification goes through the one review chain; the inspector then
 * closes it (rectified as of the moment the unit's leader sent the rectification on) or reopens it.
 */
@Entity
@Table(name = "coord_finding")
public class Finding extends SubmissionEntity {

    private Long inspectionId;
    private Long itemId;
    private String problem;
    private String requirement;
    private int workingDays;
    private LocalDate dueDate;
    private Instant reportedAt;
    private Instant rectifiedAt;
    private Instant closedAt;
    private String closedBy;
    private Instant overdueAt;

    protected Finding() {
    }

    Finding(long inspectionId, long itemId, long siteId, long unitId, String problem, String requirement, int workingDays,
            LocalDate dueDate, String by, Instant now) {
        super(siteId, unitId, by, now);
        this.inspectionId = inspectionId;
        this.itemId = itemId;
        this.problem = problem;
        this.requirement = requirement;
        this.workingDays = workingDays;
        this.dueDate = dueDate;
    }

    @Override
    protected String target() {
        return "finding:" + id();
    }

    /** The unit's leader sent the rectification on to the inspector (null: it went back to the unit). */
    void reported(Instant at) {
        this.reportedAt = at;
    }

    /** The inspector closed it: rectified as of when the unit's leader sent the rectification on. */
    void close(String by, Instant now) {
        this.closedAt = now;
        this.closedBy = by;
        this.rectifiedAt = reportedAt == null ? now : reportedAt;
    }

    /** Brings in a finding closed before the platform (demo data): rectified and closed at the moments given. */
    void closedBefore(Instant rectified, Instant closed, String by) {
        this.reportedAt = rectified;
        this.rectifiedAt = rectified;
        this.closedAt = closed;
        this.closedBy = by;
    }

    public FindingState state(Instant now) {
        return FindingState.of(state(), workingRevisionId() != null || liveRevisionId() != null, rectifiedAt, dueDate, now);
    }

    public Long inspectionId() { return inspectionId; }
    public Long itemId() { return itemId; }
    public String problem() { return problem; }
    public String requirement() { return requirement; }
    public int workingDays() { return workingDays; }
    public LocalDate dueDate() { return dueDate; }
    public Instant reportedAt() { return reportedAt; }
    public Instant rectifiedAt() { return rectifiedAt; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public Instant overdueAt() { return overdueAt; }
    public boolean closed() { return closedAt != null; }
}
