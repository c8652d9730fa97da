package org.opencounty.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/** One signal as the board lists it; {@code handler} is who handled the case when it was issued. */
public record Signal(long id, long applicationId, String unitCode, String unitName, String itemName, SignalType type,
                     LocalDate issuedOn, Instant issuedAt, String detail, String handler, String acknowledgedBy, Instant acknowledgedAt) {

    /** Serialised beside the code, so that API clients need no table of labels. */
    @JsonProperty("typeLabel")
    public String typeLabel() {
        return type.label();
    }
}
