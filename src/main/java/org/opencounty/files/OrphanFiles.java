package org.opencounty.files;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.opencounty.files.StorageBackend.StoredObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, finishes what a crash interrupted in the {@link FileStore}: a pending file whose row was committed is
 * published under its name; files no row names, pending or not, are deleted once older than the orphan age (younger
 * ones may belong to an upload still in progress, on this node or another).
 */
@Component
class OrphanFiles {

    private static final Logger log = LoggerFactory.getLogger(OrphanFiles.class);
    private static final int BATCH = 500;

    record Outcome(int finished, int deleted) {
    }

    private final FileStore store;
    private final StorageBackend backend;
    private final List<FileReferences> references;
    private final Duration orphanAge;

    OrphanFiles(FileStore store, StorageBackend backend, List<FileReferences> references,
                @Value("${opencounty.storage.orphan-age:10m}") Duration orphanAge) {
        this.store = store;
        this.backend = backend;
        this.references = references;
        this.orphanAge = orphanAge;
    }

    /** Housekeeping: a store that does not answer at start (the bucket's server down) is swept at the next start. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            Outcome outcome = sweep(Instant.now());
            if (outcome.finished() + outcome.deleted() > 0) {
                log.warn("Stored files after a crash: {} committed uploads finished, {} orphan files deleted", outcome.finished(), outcome.deleted());
            }
        } catch (IOException | RuntimeException e) {
            log.error("Stored files not swept at start ({}): uploads a crash interrupted wait for the next start", backend, e);
        }
    }

    /** {@code now} is the store's clock (the file system's, the bucket server's), against which files' ages are told. */
    Outcome sweep(Instant now) throws IOException {
        int finished = 0;
        int deleted = 0;
        try (Stream<StoredObject> stored = backend.stored()) {
            Iterator<StoredObject> listing = stored.iterator();
            while (listing.hasNext()) {
                List<StoredObject> batch = new ArrayList<>(BATCH);
                while (listing.hasNext() && batch.size() < BATCH) {
                    batch.add(listing.next());
                }
                Set<String> named = named(batch.stream().map(StoredObject::key).distinct().toList());
                for (StoredObject object : batch) {
                    if (named.contains(object.key())) {
                        if (object.pending()) {
                            store.publish(object.key());
                            finished++;
                        }
                    } else if (object.modified().isBefore(now.minus(orphanAge)) && removed(object)) {
                        deleted++;
                    }
                }
            }
        }
        return new Outcome(finished, deleted);
    }

    private boolean removed(StoredObject object) {
        try {
            backend.remove(object);
            return true;
        } catch (IOException e) {
            log.warn("Could not delete orphan file {} from the {}; the next start tries again", object.key(), backend, e);
            return false;
        }
    }

    private Set<String> named(List<String> keys) {
        Set<String> named = new HashSet<>();
        if (!keys.isEmpty()) {
            references.forEach(module -> named.addAll(module.referenced(keys)));
        }
        return named;
    }
}
