package org.opencounty.audit;

/**
 * The outcome of walking the hash chain and comparing it with the last signed checkpoint.
 *
 * @param valid          the chain is whole and reaches the checkpoint
 * @param firstBrokenId  the first entry whose hash does not match, if any
 * @param checkpoint     the last checkpoint, null before the first
 * @param truncated      the entry the checkpoint names is gone or changed: the newest entries were deleted
 *                       (or the checkpoint's signature does not hold)
 */
public record AuditVerification(boolean valid, long checkedEntries, Long firstBrokenId, AuditCheckpoint checkpoint,
                                boolean truncated) {

    /** The chain's result completed with the checkpoint's. */
    public AuditVerification against(AuditCheckpoint last, boolean reached) {
        return new AuditVerification(valid && reached, checkedEntries, firstBrokenId, last, !reached);
    }
}
