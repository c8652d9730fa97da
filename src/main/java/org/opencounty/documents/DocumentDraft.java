package org.opencounty.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What a drafter writes. {@code recipients} and {@code cc} name units by code, or by kind as {@code kind:TOWNSHIP}, or
 * every unit but the issuer as {@code all}; {@code kind}, {@code urgency} and {@code disclosure} by constant or Chinese name.
 */
public record DocumentDraft(String kind, String title, String body, List<String> recipients, List<String> cc, String urgency,
                            String disclosure, String disclosureReason, LocalDate deadline) {

    public DocumentDraft {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body;
        recipients = recipients == null ? List.of() : recipients.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        cc = cc == null ? List.of() : cc.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        disclosureReason = disclosureReason == null ? "" : disclosureReason.strip();
    }
}
