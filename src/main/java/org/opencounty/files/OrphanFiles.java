package org.opencounty.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, finishes what a crash interrupted in the {@link FileStore}: a pending file whose row was committed is
 * moved to its name; files no row names, pending or not, are deleted once older than the orphan age (younger ones
 * may belong to an upload still in progress).
 */
@Component
class OrphanFiles {

    private static final Logger log = LoggerFactory.getLogger(OrphanFiles.class);
    private static final int BATCH = 500;

    record Outcome(int finished, int deleted) {
    }

    private final FileStore store;
    private final List<FileReferences> references;
    private final Duration orphanAge;

    OrphanFiles(FileStore store, List<FileReferences> references,
                @Value("${opencounty.storage.orphan-age:10m}") Duration orphanAge) {
        this.store = store;
        this.references = references;
        this.orphanAge = orphanAge;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() throws IOException {
        Outcome outcome = sweep(Instant.now());
        if (outcome.finished() + outcome.deleted() > 0) {
            log.warn("Stored files after a crash: {} committed uploads finished, {} orphan files deleted", outcome.finished(), outcome.deleted());
        }
    }

    /** {@code now} is the file system's clock, against which the files' modification times are compared. */
    Outcome sweep(Instant now) throws IOException {
        if (!Files.isDirectory(store.root())) {
            return new Outcome(0, 0);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(store.root())) {
            files = listing.filter(Files::isRegularFile).toList();
        }
        int finished = 0;
        int deleted = 0;
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            Set<String> named = named(batch.stream().map(OrphanFiles::keyOf).filter(key -> key != null).toList());
            for (Path file : batch) {
                String key = keyOf(file);
                if (key == null) {
                    continue;
                }
                boolean pending = file.getFileName().toString().endsWith(FileStore.PENDING);
                if (named.contains(key)) {
                    if (pending) {
                        store.publish(key);
                        finished++;
                    }
                } else if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(orphanAge))) {
                    FileStore.deleteQuietly(file);
                    deleted++;
                }
            }
        }
        return new Outcome(finished, deleted);
    }

    private Set<String> named(List<String> keys) {
        Set<String> named = new HashSet<>();
        if (!keys.isEmpty()) {
            references.forEach(module -> named.addAll(module.referenced(keys)));
        }
        return named;
    }

    /** The key a stored file is kept under; null for files the store did not make. */
    private static String keyOf(Path file) {
        String name = file.getFileName().toString();
        String key = name.endsWith(FileStore.PENDING) ? name.substring(0, name.length() - FileStore.PENDING.length()) : name;
        try {
            return UUID.fromString(key).toString().equals(key) ? key : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
