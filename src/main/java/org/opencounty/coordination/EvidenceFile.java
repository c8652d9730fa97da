package org.opencounty.coordination;

/**
 * A file of evidence (佐证材料) attached to a rectification: its cleaned name and served type, where it is stored, and
 * what reading it for screening gave ({@code readable}, its text, or why it could not be read).
 */
public record EvidenceFile(long id, long rectificationId, String filename, String contentType, long sizeBytes, String storageKey,
                           String sha256, boolean readable, String text, String reason) {
}
