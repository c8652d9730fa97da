package org.opencounty.accounts;

import java.util.Map;
import org.opencounty.common.DomainException;

/** A limit per address, phone or account was reached; the caller may try again later. */
public class TooManyAttemptsException extends DomainException {

    public TooManyAttemptsException(String message) {
        super("TOO_MANY_REQUESTS", message, Map.of());
    }

    @Override
    public int status() {
        return 429;
    }
}
