package org.opencounty.accounts.internal;

import org.opencounty.accounts.Account;
import org.opencounty.accounts.Accounts;
import org.opencounty.web.PeopleNames;
import org.springframework.stereotype.Component;

/** Histories name people by their accounts' display names, so that the web module does not depend on accounts. */
@Component
class AccountPeopleNames implements PeopleNames {

    private final Accounts accounts;

    AccountPeopleNames(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String nameOf(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (username.equals("system")) {
            return "系统";
        }
        return accounts.find(username).map(Account::displayName).filter(n -> !n.isBlank()).orElse(username);
    }
}
