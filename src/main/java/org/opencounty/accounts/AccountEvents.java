package org.opencounty.accounts;

/** Domain events of the accounts module. */
public final class AccountEvents {

    private AccountEvents() {
    }

    public record StaffAccountCreated(long accountId, String username, String unitCode, String by) {
    }

    public record CitizenRegistered(long accountId, String username) {
    }

    public record AccountChanged(long accountId, String username, String change, String by) {
    }
}
