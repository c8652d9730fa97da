package org.opencounty.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opencounty.audit.AuditCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the audit chain outside the database (issue 16.12): the chain itself shows an altered or removed
 * entry in the middle, but not the newest entries removed. A checkpoint (newest id, its hash, the count), signed
 * with HMAC-SHA256 under a key kept in the data folder (owner-only, never in the database), is written daily, at
 * shutdown and on demand; verification checks that the entry it names is still there with the same hash.
 */
@Component
public class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final AuditStore store;
    private final Clock clock;
    private final Path folder;

    AuditCheckpoints(AuditStore store, Clock clock,
                     @Value("${opencounty.audit.checkpoint-dir:${OPENCOUNTY_DATA_DIR:data}/audit}") String folder) {
        this.store = store;
        this.clock = clock;
        this.folder = Path.of(folder);
    }

    /** The state of the chain now, signed and stored; the previous checkpoint must still hold, else nothing is written. */
    public synchronized AuditCheckpoint write() {
        Optional<AuditCheckpoint> previous = latest();
        if (previous.isPresent() && !holds(previous.get())) {
            throw new IllegalStateException("The audit log no longer reaches its last checkpoint (entry "
                    + previous.get().lastId() + "); the checkpoint is kept");
        }
        AuditStore.Head head = store.head();
        Instant at = clock.instant();
        Properties note = new Properties();
        note.setProperty("lastId", Long.toString(head.lastId()));
        note.setProperty("lastHash", head.lastHash());
        note.setProperty("count", Long.toString(head.count()));
        note.setProperty("at", at.toString());
        note.setProperty("mac", mac(head.lastId(), head.lastHash(), head.count(), at));
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve("checkpoint.properties.tmp");
            try (var out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                note.store(out, "OpenCounty audit checkpoint: do not edit");
            }
            try {
                Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit checkpoint in " + folder, e);
        }
        return new AuditCheckpoint(head.lastId(), head.lastHash(), head.count(), at, true);
    }

    /** The last checkpoint written, with whether its signature holds; empty before the first. */
    public Optional<AuditCheckpoint> latest() {
        if (!Files.exists(file())) {
            return Optional.empty();
        }
        Properties note = new Properties();
        try (var in = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
            note.load(in);
            long lastId = Long.parseLong(note.getProperty("lastId", "0"));
            String lastHash = note.getProperty("lastHash", "");
            long count = Long.parseLong(note.getProperty("count", "0"));
            Instant at = Instant.parse(note.getProperty("at", Instant.EPOCH.toString()));
            boolean signed = MessageDigest.isEqual(mac(lastId, lastHash, count, at).getBytes(StandardCharsets.US_ASCII),
                    note.getProperty("mac", "").getBytes(StandardCharsets.US_ASCII));
            return Optional.of(new AuditCheckpoint(lastId, lastHash, count, at, signed));
        } catch (IOException | RuntimeException e) {
            log.warn("The audit checkpoint {} cannot be read: {}", file(), e.toString());
            return Optional.of(new AuditCheckpoint(0, "", 0, Instant.EPOCH, false));
        }
    }

    /** Whether the log still reaches the checkpoint: its newest entry then is there, unchanged. */
    public boolean holds(AuditCheckpoint checkpoint) {
        return checkpoint.signatureValid()
                && (checkpoint.lastId() == 0 || store.hashOf(checkpoint.lastId()).filter(checkpoint.lastHash()::equals).isPresent());
    }

    @Scheduled(cron = "${opencounty.audit.checkpoint-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void daily() {
        writeQuietly("daily");
    }

    /** Before the database goes away: the last entries of the run are anchored too. */
    @EventListener(ContextClosedEvent.class)
    void atShutdown() {
        writeQuietly("shutdown");
    }

    private void writeQuietly(String when) {
        try {
            write();
        } catch (RuntimeException e) {
            log.error("Audit checkpoint ({}) not written: {}", when, e.getMessage());
        }
    }

    private Path file() {
        return folder.resolve("checkpoint.properties");
    }

    private String mac(long lastId, String lastHash, long count, Instant at) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            byte[] signed = mac.doFinal((lastId + "|" + lastHash + "|" + count + "|" + at).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }

    /** The signing key, created at first use, readable by the platform's user only. */
    private byte[] key() {
        Path keyFile = folder.resolve("checkpoint.key");
        try {
            Files.createDirectories(folder);
            if (!Files.exists(keyFile)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    createOwnerOnly(keyFile);
                    Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException e) {
                    // Another instance created it meanwhile: use theirs.
                }
            }
            return Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit checkpoint key " + keyFile, e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }
}
