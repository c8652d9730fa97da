package org.opencounty.audit;

import java.time.Instant;

/** One line of the audit log as read back; {@code siteId} is null for the platform's own entries and for entries before V13_2. */
public record AuditEntry(long id, Instant at, String actor, String unitCode, String action, String target,
                         AuditResult result, String clientAddress, String details, String prevHash, String hash, Long siteId) {
}
