package org.opencounty.common;

import java.util.Map;

public class NotAllowedException extends DomainException {

    public NotAllowedException(String message) {
        super("FORBIDDEN", message, Map.of());
    }

    protected NotAllowedException(String code, String message) {
        super(code, message, Map.of());
    }

    @Override
    public int status() {
        return 403;
    }
}
