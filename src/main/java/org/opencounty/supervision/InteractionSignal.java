package org.opencounty.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A signal about a message ({@code kind} MESSAGE), a disclosure request (DISCLOSURE) or a rating's follow-up (RATING);
 * {@code handled} once its subject is done (a rating's follow-up closed), so that the list tells what still needs doing.
 */
public record InteractionSignal(long id, String kind, long subjectId, String unitName, InteractionSignalType type, LocalDate issuedOn, String detail,
                                boolean handled) {

    @JsonProperty("typeLabel")
    public String typeLabel() {
        return type.label();
    }

    /** The back-office page of the subject, where it is handled. */
    @JsonProperty("link")
    public String link() {
        return switch (kind) {
            case "MESSAGE" -> "/admin/messages/" + subjectId;
            case "DISCLOSURE" -> "/admin/disclosure-requests/" + subjectId;
            case "RATING" -> "/admin/ratings/" + subjectId;
            default -> "";
        };
    }
}
