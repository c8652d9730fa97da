package org.opencounty.interaction;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionRevision;

/** A version of an annual report's content, kept as the JSON of {@link AnnualReportContent}. */
@Entity
@Table(name = "annual_report_revision")
public class AnnualReportRevision extends SubmissionRevision {

    private Long annualReportId;
    private String content;

    protected AnnualReportRevision() {
    }

    AnnualReportRevision(long annualReportId, int number, String content, String author, Instant now) {
        super(number, author, now);
        this.annualReportId = annualReportId;
        this.content = content;
    }

    void rewrite(String content, String author, Instant now) {
        this.content = content;
        writtenBy(author, now);
    }

    /** Table 三 frozen into the content on submission: not a new writing, so its author stays. */
    void freeze(String content) {
        this.content = content;
    }

    public Long annualReportId() { return annualReportId; }
    public String content() { return content; }
}
