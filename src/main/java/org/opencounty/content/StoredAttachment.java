package org.opencounty.content;

/** A file attached to a revision; the storage key is a random name outside the web root. */
public record StoredAttachment(long id, long revisionId, String filename, String contentType, long size, String storageKey,
                               String sha256) {

    public String sizeLabel() {
        return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB" : String.format("%.1f MB", size / 1048576.0);
    }
}
