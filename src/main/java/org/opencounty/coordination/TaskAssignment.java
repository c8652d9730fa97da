package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionEntity;

/**
 * One unit's part of a task (the unit's 督办事项): its report's place in the review chain, when the unit's leader sent
 * the report to the center, and when the task was fulfilled (the report confirmed, or the condition became true).
 */
@Entity
@Table(name = "coord_task_unit")
public class TaskAssignment extends SubmissionEntity {

    private Long taskId;
    private Instant reportedAt;
    private Instant fulfilledAt;

    protected TaskAssignment() {
    }

    TaskAssignment(long taskId, long siteId, long unitId, String by, Instant now) {
        super(siteId, unitId, by, now);
        this.taskId = taskId;
    }

    @Override
    protected String target() {
        return "task-unit:" + id();
    }

    /** The unit's leader approved the report: the unit's part is done unless the center returns it. */
    void reported(Instant at) {
        this.reportedAt = at;
    }

    /** Fulfilled at {@code at}; the first moment stays (a fact does not become later by being seen again). */
    void fulfil(Instant at) {
        if (fulfilledAt == null) {
            fulfilledAt = at;
        }
    }

    public Long taskId() { return taskId; }
    public Instant reportedAt() { return reportedAt; }
    public Instant fulfilledAt() { return fulfilledAt; }
}
