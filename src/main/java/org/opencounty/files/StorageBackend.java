package org.opencounty.files;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where {@link FileStore} keeps the bytes: a folder ({@link DirectoryStorage}) or an S3-compatible bucket
 * ({@link S3Storage}), chosen by {@code opencounty.storage.kind} (docs/adr/0028-object-storage.md). Each keeps two
 * names per key, pending and published, so that what a crash left behind can be told apart: a pending file whose row
 * was committed is published by {@link OrphanFiles}, any file no row names is garbage once old enough.
 */
interface StorageBackend {

    /** Something stored under one of a key's two names, as the sweep at start finds it. */
    record StoredObject(String key, boolean pending, Instant modified) {
    }

    /** Stores the bytes under the key's pending name; when this returns they survive a crash of this node. */
    void writePending(String key, byte[] content) throws IOException;

    /** Gives a committed file its own name and drops the pending one; a file already published stays as it is. */
    void publish(String key) throws IOException;

    /** Removes the file under both its names; nothing there is not an error. */
    void delete(String key) throws IOException;

    /** The bytes under the key's pending or published name, empty when nothing is there. */
    Optional<byte[]> read(String key, boolean pending) throws IOException;

    /** Every file this store made, pending or published; files of other makers are left out. Close the stream. */
    Stream<StoredObject> stored() throws IOException;

    /** Removes one name of a file, as the sweep found it. */
    void remove(StoredObject object) throws IOException;

    /** Keys are UUIDs we made; anything else is refused before it can name a path or an object. */
    static String checked(String key) {
        String parsed = UUID.fromString(key).toString();
        if (!parsed.equals(key)) {
            throw new IllegalArgumentException("Bad storage key");
        }
        return key;
    }

    /** The key a stored name carries, or null when the name is not one this store makes. */
    static String keyOf(String name) {
        try {
            return UUID.fromString(name).toString().equals(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
