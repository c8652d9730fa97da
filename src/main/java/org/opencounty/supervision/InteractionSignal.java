package org.opencounty.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** A signal about a message ({@code kind} MESSAGE) or a disclosure request (DISCLOSURE). */
public record InteractionSignal(long id, String kind, long subjectId, String unitName, InteractionSignalType type, LocalDate issuedOn, String detail) {

    @JsonProperty("typeLabel")
    public String typeLabel() {
        return type.label();
    }
}
