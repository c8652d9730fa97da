package org.opencounty.audit;

/** The outcome of walking the hash chain: {@code firstBrokenId} is the first entry whose hash does not match. */
public record AuditVerification(boolean valid, long checkedEntries, Long firstBrokenId) {
}
