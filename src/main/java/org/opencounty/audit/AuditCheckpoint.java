package org.opencounty.audit;

import java.time.Instant;

/**
 * A signed note of how far the audit chain reached: the newest entry's id and hash and the number of entries,
 * kept outside the database (so that deleting the newest entries is detected) and signed with a key kept beside it.
 *
 * @param signatureValid false when the note does not match its signature: it was altered
 */
public record AuditCheckpoint(long lastId, String lastHash, long count, Instant at, boolean signatureValid) {
}
