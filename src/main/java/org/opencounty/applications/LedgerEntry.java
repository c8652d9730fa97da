package org.opencounty.applications;

import java.time.LocalDate;

/** One line of an application's clock ledger: a suspension (from..to) or an extension (days). */
public record LedgerEntry(long id, String kind, String by, String reason, String legalBasis, LocalDate from, LocalDate to, Integer days) {

    public static final String SUSPENSION = "SUSPENSION";
    public static final String EXTENSION = "EXTENSION";
}
