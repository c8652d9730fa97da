package org.opencounty.common;

import java.util.Map;

public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super("CONFLICT", message, Map.of());
    }

    public ConflictException(String code, String message) {
        super(code, message, Map.of());
    }

    @Override
    public int status() {
        return 409;
    }
}
