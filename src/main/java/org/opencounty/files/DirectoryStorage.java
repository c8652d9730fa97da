package org.opencounty.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files in one folder, the node's own or one shared by every node (NFS, a mounted volume): a file is written under
 * {@code <key>.pending}, forced to disk with its folder, and renamed to {@code <key>} after the commit.
 */
final class DirectoryStorage implements StorageBackend {

    private static final Logger log = LoggerFactory.getLogger(DirectoryStorage.class);
    static final String PENDING = ".pending";

    private final Path root;

    DirectoryStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void writePending(String key, byte[] content) throws IOException {
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
            throw e;
        }
    }

    @Override
    public void publish(String key) throws IOException {
        Path pending = pending(key);
        Path published = resolve(key);
        if (Files.notExists(pending) && Files.exists(published)) {
            return; // another node's sweep at start finished it first
        }
        try {
            Files.move(pending, published, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(pending, published);
        }
        forceDirectory();
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
        Files.deleteIfExists(pending(key));
    }

    @Override
    public Optional<byte[]> read(String key, boolean pending) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(pending ? pending(key) : resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public Stream<StoredObject> stored() throws IOException {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(root)) {
            // Listed first, as the sweep renames files while it goes.
            files = listing.filter(Files::isRegularFile).toList();
        }
        List<StoredObject> stored = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean pending = name.endsWith(PENDING);
            String key = StorageBackend.keyOf(pending ? name.substring(0, name.length() - PENDING.length()) : name);
            if (key != null) {
                try {
                    stored.add(new StoredObject(key, pending, Files.getLastModifiedTime(file).toInstant()));
                } catch (NoSuchFileException e) {
                    // Published or removed by another node meanwhile.
                }
            }
        }
        return stored.stream();
    }

    @Override
    public void remove(StoredObject object) throws IOException {
        Files.deleteIfExists(object.pending() ? pending(object.key()) : resolve(object.key()));
    }

    Path root() {
        return root;
    }

    Path pending(String key) {
        return resolve(key).resolveSibling(key + PENDING);
    }

    Path resolve(String key) {
        Path path = root.resolve(StorageBackend.checked(key)).normalize();
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

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}; the sweep at the next start removes it", path, e);
        }
    }

    @Override
    public String toString() {
        return "folder " + root;
    }
}
