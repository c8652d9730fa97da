package org.opencounty.interaction;

import java.time.LocalDate;
import java.util.List;
import org.opencounty.review.ReviewEvent;

/**
 * A unit's annual report of a year as a reader sees it: the report (null while nobody has written one: the content is
 * then the platform's prefill), its content with table 三 (frozen once submitted, else computed from the requests
 * unless corrected), the legal date, its history, and what the reader may do now.
 */
public record AnnualReportView(int year, String unitCode, String unitName, String issuer, String title, AnnualReport report, String stateLabel,
                               LocalDate dueOn, AnnualReportContent content, RequestTable requests, boolean requestsComputed,
                               List<ReviewEvent> history, boolean canEdit, boolean canSubmit, boolean canApprove, boolean canPublish) {

    public long version() {
        return report == null ? 0 : report.version();
    }

    /** The whole report laid out (public page, article, print view). */
    public String html() {
        return AnnualReportLayout.html(content, requests);
    }
}
