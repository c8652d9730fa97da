package org.opencounty.accounts;

/** Why a login was refused; the API maps each to its own status and code. */
public enum AuthenticationOutcome {
    BAD_CREDENTIALS, ACCOUNT_LOCKED, ACCOUNT_DISABLED,
    /** Too many failures from the client's address: it waits, and the account's count is not touched. */
    THROTTLED
}
