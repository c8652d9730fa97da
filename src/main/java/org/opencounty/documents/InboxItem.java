package org.opencounty.documents;

import java.util.List;

/** A receiving unit's copy with the document it holds, its readers (传阅) and the document's attachments. */
public record InboxItem(Recipient recipient, OfficialDocument document, String issuingUnit, List<Reader> readers,
                        List<DocumentAttachment> attachments) {
}
