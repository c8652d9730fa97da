package org.opencounty.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A stored file exists under its name exactly when its row is committed; a crash's leftovers are finished or removed at start. */
class FileStoreTest extends IntegrationTest {

    @Autowired
    private FileStore store;
    @Autowired
    private StorageBackend backend;
    @Autowired
    private OrphanFiles orphans;
    @Autowired
    private TransactionTemplate transactions;

    /** The default kind: the folder of {@code opencounty.storage.dir}. */
    private DirectoryStorage directory() {
        assertThat(backend).isInstanceOf(DirectoryStorage.class);
        return (DirectoryStorage) backend;
    }

    @Test
    void aFileAppearsUnderItsNameOnlyWhenItsTransactionCommits() throws Exception {
        DirectoryStorage directory = directory();
        String committed = transactions.execute(status -> store.put(bytes("committed")));
        assertThat(Files.readString(directory.resolve(committed))).isEqualTo("committed");
        assertThat(Files.exists(directory.pending(committed))).isFalse();

        String[] rolledBack = new String[1];
        transactions.executeWithoutResult(status -> {
            rolledBack[0] = store.put(bytes("rolled back"));
            assertThat(Files.exists(directory.pending(rolledBack[0]))).as("forced to disk before the commit").isTrue();
            status.setRollbackOnly();
        });
        assertThat(Files.exists(directory.resolve(rolledBack[0]))).isFalse();
        assertThat(Files.exists(directory.pending(rolledBack[0]))).isFalse();
    }

    @Test
    void theSweepAtStartFinishesCommittedUploadsAndRemovesOldOrphans() throws Exception {
        DirectoryStorage directory = directory();
        long application = jdbc.sql("select id from application order by id limit 1").query(Long.class).single();
        // Committed with its row, then "crashed" before the move: the file is still under its pending name.
        String interrupted = transactions.execute(status -> {
            String key = store.put(bytes("submitted material"));
            jdbc.sql("""
                    insert into application_material (application_id, material_id, filename, content_type, size_bytes, storage_key, sha256)
                    values (:app, 'm1', 'a.pdf', 'application/pdf', 18, :key, 'x')""").param("app", application).param("key", key).update();
            return key;
        });
        Files.move(directory.resolve(interrupted), directory.pending(interrupted));
        Instant now = Instant.now();
        Path oldPending = orphan(directory.pending(UUID.randomUUID().toString()), now.minus(Duration.ofHours(1)));
        Path oldFinal = orphan(directory.resolve(UUID.randomUUID().toString()), now.minus(Duration.ofHours(1)));
        Path youngFinal = orphan(directory.resolve(UUID.randomUUID().toString()), now.minus(Duration.ofMinutes(1)));
        Path notOurs = orphan(directory.root().resolve("README.txt"), now.minus(Duration.ofHours(1)));

        OrphanFiles.Outcome outcome = orphans.sweep(now);

        assertThat(outcome).isEqualTo(new OrphanFiles.Outcome(1, 2));
        assertThat(Files.readString(directory.resolve(interrupted))).isEqualTo("submitted material");
        assertThat(Stream.of(oldPending, oldFinal).filter(Files::exists)).isEmpty();
        assertThat(Stream.of(youngFinal, notOurs).filter(Files::exists)).hasSize(2);
        Files.delete(youngFinal);
        Files.delete(notOurs);
    }

    private static Path orphan(Path path, Instant modified) throws Exception {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "left over");
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
