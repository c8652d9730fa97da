package org.opencounty.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps uploaded files outside the web root under random names, so that a file's name can never
 * choose where it is written or how it is served.
 *
 * <p>A file is stored with the row that names it, never without: it is written under a pending name and made durable
 * before the transaction commits, published under its own name once the row is committed, and deleted if the
 * transaction rolls back. A crash between commit and publication leaves a pending file whose row exists, which
 * {@link OrphanFiles} finishes at the next start; every other leftover has no row and is removed
 * (docs/adr/0009-durable-embedded-database.md). Where the bytes go is the {@link StorageBackend}'s: a folder or an
 * S3-compatible bucket (docs/adr/0028-object-storage.md).
 */
@Component
public class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

    private final StorageBackend backend;

    FileStore(StorageBackend backend) {
        this.backend = backend;
    }

    /** Stores a file with the current transaction's rows: it becomes visible under its key only if they commit. */
    public String put(byte[] content) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A file is stored with the row that names it, inside its transaction");
        }
        String key = UUID.randomUUID().toString();
        try {
            backend.writePending(key, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment", e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    publish(key);
                } else {
                    deleteQuietly(key);
                }
            }
        });
        return key;
    }

    /** Deletes a file once the transaction that removed the last row naming it commits. */
    public void deleteAfterCommit(String key) {
        StorageBackend.checked(key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(key);
            }
        });
    }

    public byte[] get(String key) {
        StorageBackend.checked(key);
        try {
            Optional<byte[]> content = backend.read(key, false);
            if (content.isEmpty()) {
                // Committed a moment ago and not yet published, or a crash came in between (the next start finishes it).
                content = backend.read(key, true);
            }
            if (content.isEmpty()) {
                // Published between the two reads.
                content = backend.read(key, false);
            }
            return content.orElseThrow(() -> new NoSuchFileException(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read attachment " + key, e);
        }
    }

    /** The SHA-256 of a file's content, in hex: recorded beside each stored file so a changed file shows. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Publishes a committed file under its own name. */
    void publish(String key) {
        try {
            backend.publish(key);
        } catch (IOException | RuntimeException e) {
            log.error("Could not publish stored file {} in the {}; it is served from its pending name until the next start", key, backend, e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            backend.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete stored file {} from the {}; the sweep at the next start removes it", key, backend, e);
        }
    }
}
