package org.opencounty.documents;

/** A file attached to a document; {@code readable} false when screening could not read its text. */
public record DocumentAttachment(long id, long documentId, String filename, String contentType, long sizeBytes, String sha256,
                                 boolean readable) {
}
