package org.opencounty.coordination;

import java.util.List;
import org.opencounty.review.ReviewEvent;

/**
 * A circular as the pages and the API show it: its text (the working revision while drafted, else the approved one),
 * where it stands, its recipients with their signatures, its history and what the reader may do.
 */
public record CircularView(Circular circular, String title, String body, String stateLabel, List<Signature> recipients,
                           List<ReviewEvent> history, boolean mayEdit, boolean mayApprove, boolean mayIssue, boolean maySign) {

    /** A unit the circular went to and when it signed for it. */
    public record Signature(String unit, String unitName, java.time.Instant signedAt, String signedBy) {
    }

    /** The body's paragraphs, for the pages. */
    public List<String> paragraphs() {
        return body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
