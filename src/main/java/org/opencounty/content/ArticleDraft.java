package org.opencounty.content;

import java.time.Instant;
import java.time.LocalDate;

/** What an information officer writes: the fields of one revision. */
public record ArticleDraft(String category, String title, String body, String summary, String documentNumber,
                           String issuingBody, LocalDate writtenOn, Instant publishAt, Validity validity,
                           LocalDate validityDate, Long replacedById, String source, String keywords) {

    public ArticleDraft {
        category = clean(category);
        title = clean(title);
        body = body == null ? "" : body;
        summary = clean(summary);
        documentNumber = clean(documentNumber);
        issuingBody = clean(issuingBody);
        validity = validity == null ? Validity.VALID : validity;
        source = clean(source);
        keywords = clean(keywords);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
