package org.opencounty.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps uploaded files outside the web root under random names, so that a file's name can never
 * choose where it is written or how it is served.
 *
 * <p>A file is stored with the row that names it, never without: it is written under a pending name and forced to
 * disk before the transaction commits, moved to its own name once the row is committed, and deleted if the
 * transaction rolls back. A crash between commit and move leaves a pending file whose row exists, which
 * {@link OrphanFiles} finishes at the next start; every other leftover has no row and is removed
 * (docs/adr/0009-durable-embedded-database.md).
 */
@Component
public class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);
    static final String PENDING = ".pending";

    private final Path root;

    FileStore(@Value("${opencounty.storage.dir:${OPENCOUNTY_DATA_DIR:data}/files}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    /** Stores a file with the current transaction's rows: it becomes visible under its key only if they commit. */
    public String put(byte[] content) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A file is stored with the row that names it, inside its transaction");
        }
        String key = UUID.randomUUID().toString();
        Path pending = pending(key);
        try {
            Files.createDirectories(root);
            try (FileChannel channel = FileChannel.open(pending, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            forceDirectory();
        } catch (IOException e) {
            deleteQuietly(pending);
            throw new UncheckedIOException("Could not store an attachment", e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    publish(key);
                } else {
                    deleteQuietly(pending);
                }
            }
        });
        return key;
    }

    /** Deletes a file once the transaction that removed the last row naming it commits. */
    public void deleteAfterCommit(String key) {
        Path path = resolve(key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(path);
            }
        });
    }

    public byte[] get(String key) {
        try {
            return Files.readAllBytes(resolve(key));
        } catch (NoSuchFileException e) {
            // Committed a moment ago and not yet moved, or a crash came in between (the next start finishes it).
            try {
                return Files.readAllBytes(pending(key));
            } catch (IOException second) {
                throw new UncheckedIOException("Could not read attachment " + key, e);
            }
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

    /** Moves a committed file from its pending name to its own, durably. */
    void publish(String key) {
        try {
            try {
                Files.move(pending(key), resolve(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(pending(key), resolve(key));
            }
            forceDirectory();
        } catch (IOException e) {
            log.error("Could not move stored file {} to its name; it is served from its pending name until the next start", key, e);
        }
    }

    Path root() {
        return root;
    }

    Path pending(String key) {
        return resolve(key).resolveSibling(key + PENDING);
    }

    Path resolve(String key) {
        // Keys are UUIDs we made; parsing again refuses anything else.
        Path path = root.resolve(UUID.fromString(key).toString()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Bad storage key");
        }
        return path;
    }

    /** A file's name is durable only once its folder is: fsync of the directory. */
    private void forceDirectory() throws IOException {
        try (FileChannel directory = FileChannel.open(root, StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}; the sweep at the next start removes it", path, e);
        }
    }
}
