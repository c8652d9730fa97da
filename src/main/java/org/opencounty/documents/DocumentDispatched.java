package org.opencounty.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A document went out to its receiving units (核发): the seam for the coordination module, which may turn a document
 * with a 办理时限 into a task of each unit. Published in the dispatching transaction.
 *
 * @param recipientUnitIds the 主送 and 抄送 units, in the order the drafter named them
 * @param deadline         the 办理时限, or null when the document sets none
 */
public record DocumentDispatched(long documentId, long siteId, long issuingUnitId, List<Long> recipientUnitIds, String number,
                                 String title, LocalDate deadline) {

    public DocumentDispatched {
        recipientUnitIds = List.copyOf(recipientUnitIds);
    }
}
