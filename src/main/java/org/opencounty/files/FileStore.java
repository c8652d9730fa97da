package org.opencounty.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files outside the web root under random names, so that a file's name can never
 * choose where it is written or how it is served.
 */
@Component
public class FileStore {

    private final Path root;

    FileStore(@Value("${opencounty.storage.dir:${OPENCOUNTY_DATA_DIR:data}/files}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    public String put(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Files.write(resolve(key), content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment", e);
        }
        return key;
    }

    public byte[] get(String key) {
        try {
            return Files.readAllBytes(resolve(key));
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

    private Path resolve(String key) {
        // Keys are UUIDs we made; parsing again refuses anything else.
        Path path = root.resolve(UUID.fromString(key).toString()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Bad storage key");
        }
        return path;
    }
}
