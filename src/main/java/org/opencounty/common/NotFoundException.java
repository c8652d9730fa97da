package org.opencounty.common;

import java.util.Map;

public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super("NOT_FOUND", message, Map.of());
    }

    protected NotFoundException(String code, String message) {
        super(code, message, Map.of());
    }

    @Override
    public int status() {
        return 404;
    }
}
