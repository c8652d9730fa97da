package org.opencounty.catalogue;

import java.util.List;
import org.opencounty.review.ReviewEvent;

/** One catalogue entry as staff see it: its current content, history and (for items) completeness. */
public record EntryView(CatalogueEntry entry, String unitCode, String unitName, int revision, ServiceItemContent item,
                        FeeContent fee, Completeness completeness, List<ReviewEvent> history) {

    public String publicUrl() {
        if (!entry.isLive()) {
            return null;
        }
        return entry.kind() == EntryKind.ITEM ? "/services/" + entry.id() : "/fees#fee-" + entry.id();
    }
}
