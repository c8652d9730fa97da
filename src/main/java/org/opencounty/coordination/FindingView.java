package org.opencounty.coordination;

import java.util.List;
import org.opencounty.review.ReviewEvent;

/**
 * A finding's page: the round, the item, the unit, where its rectification stands, its text and evidence, its history and
 * what the reader may do.
 */
public record FindingView(Inspection inspection, ChecklistItem item, Finding finding, String unitCode, String unitName,
                          FindingState state, String text, List<EvidenceFile> files, List<ReviewEvent> history, boolean mayWrite,
                          boolean mayApprove, boolean mayCheck) {

    public boolean anyUnreadable() {
        return files.stream().anyMatch(file -> !file.readable());
    }
}
