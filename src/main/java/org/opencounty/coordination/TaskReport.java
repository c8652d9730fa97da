package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opencounty.review.SubmissionRevision;

/** A version of a unit's report on a task (what was done), written by its information officer. */
@Entity
@Table(name = "coord_task_report")
public class TaskReport extends SubmissionRevision {

    private Long taskUnitId;
    private String text;

    protected TaskReport() {
    }

    TaskReport(long taskUnitId, int number, String text, String author, java.time.Instant now) {
        super(number, author, now);
        this.taskUnitId = taskUnitId;
        this.text = text;
    }

    void rewrite(String text, String author, java.time.Instant now) {
        this.text = text;
        writtenBy(author, now);
    }

    public Long taskUnitId() { return taskUnitId; }
    public String text() { return text; }
}
