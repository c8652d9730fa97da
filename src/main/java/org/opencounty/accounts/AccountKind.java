package org.opencounty.accounts;

public enum AccountKind {
    STAFF, CITIZEN
}
