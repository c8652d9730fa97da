package org.opencounty.common;

import java.util.Map;

/**
 * A refusal that the user must see: carries a stable machine code, a Chinese message for people and
 * optional per-field messages. Thrown before anything is changed, so the prior state stays intact.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final Map<String, String> fields;

    protected DomainException(String code, String message, Map<String, String> fields) {
        super(message);
        this.code = code;
        this.fields = Map.copyOf(fields);
    }

    public String code() {
        return code;
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** Further properties for the API's error body, beside code, message and fields (e.g. screening findings). */
    public Map<String, Object> details() {
        return Map.of();
    }

    /** The HTTP status that fits this refusal. */
    public abstract int status();
}
