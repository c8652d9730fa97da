package org.opencounty.accounts;

import org.springframework.security.core.AuthenticationException;

/** A refused login: wrong password, locked or disabled account. */
public class LoginRefusedException extends AuthenticationException {

    private final AuthenticationOutcome outcome;

    public LoginRefusedException(AuthenticationOutcome outcome, String message) {
        super(message);
        this.outcome = outcome;
    }

    public AuthenticationOutcome outcome() {
        return outcome;
    }
}
