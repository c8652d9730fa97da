package org.opencounty.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/** A back-office notice of a signal to one person: a person has at most one per signal. */
public record Notice(long signalId, long applicationId, String unitCode, String unitName, String itemName, SignalType type,
                     LocalDate issuedOn, String detail, boolean read, Instant createdAt) {

    /** Serialised beside the code, so that API clients need no table of labels. */
    @JsonProperty("typeLabel")
    public String typeLabel() {
        return type.label();
    }
}
