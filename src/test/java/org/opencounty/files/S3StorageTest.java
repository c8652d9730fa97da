package org.opencounty.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The file store on an S3-compatible bucket ({@code opencounty.storage.kind=s3}), through the AWS SDK against
 * {@link FakeS3Server}: a file is in the bucket under its key exactly when its transaction commits (under
 * {@code pending/} before), is read while not yet published, is deleted after the commit that drops its row, and the
 * sweep at start publishes what a crash interrupted and removes old orphans, page by page.
 */
class S3StorageTest {

    private static final String BUCKET = "opencounty-files";
    private static final String ACCESS_KEY = "county-node";

    private FakeS3Server server;
    private S3Storage backend;
    private FileStore store;
    private final Set<String> rows = new HashSet<>();
    private final TransactionTemplate transactions = new TransactionTemplate(new RowlessTransactions());

    @BeforeEach
    void bucket() throws Exception {
        server = new FakeS3Server(BUCKET, ACCESS_KEY);
        backend = (S3Storage) StorageConfiguration.of("s3", "unused", settings(server.endpoint(), BUCKET));
        store = new FileStore(backend);
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    private static S3Storage.Settings settings(String endpoint, String bucket) {
        return new S3Storage.Settings(endpoint, "us-east-1", bucket, ACCESS_KEY, "not-a-real-secret", true);
    }

    @Test
    void aFileIsInTheBucketUnderItsKeyOnlyWhenItsTransactionCommits() {
        String committed = transactions.execute(status -> {
            String key = store.put(bytes("已提交的附件"));
            assertThat(server.objects()).as("stored before the commit, under its pending name").containsOnlyKeys("pending/" + key);
            return key;
        });
        assertThat(server.objects()).containsOnlyKeys("files/" + committed);
        assertThat(text(server.objects().get("files/" + committed).bytes())).isEqualTo("已提交的附件");
        assertThat(text(store.get(committed))).isEqualTo("已提交的附件");

        transactions.executeWithoutResult(status -> {
            store.put(bytes("rolled back"));
            status.setRollbackOnly();
        });
        assertThat(server.objects()).containsOnlyKeys("files/" + committed);
    }

    @Test
    void aFileStoredThroughOneNodeIsReadThroughAnother() {
        try (S3Storage otherNode = new S3Storage(settings(server.endpoint(), BUCKET), StorageConfiguration.S3_PAGE)) {
            String key = transactions.execute(status -> store.put(bytes("两个节点共用的附件")));
            assertThat(text(new FileStore(otherNode).get(key))).isEqualTo("两个节点共用的附件");
        }
    }

    @Test
    void aCommittedFileNotYetPublishedIsReadUnderItsPendingName() {
        String key = UUID.randomUUID().toString();
        server.put("pending/" + key, "committed, crashed before the copy", Instant.now());
        assertThat(text(store.get(key))).isEqualTo("committed, crashed before the copy");
        assertThatThrownBy(() -> store.get(UUID.randomUUID().toString())).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileIsDeletedWhenTheTransactionDroppingItsRowCommits() {
        String key = transactions.execute(status -> store.put(bytes("replaced")));
        transactions.executeWithoutResult(status -> {
            store.deleteAfterCommit(key);
            assertThat(server.objects()).as("until the commit").containsKey("files/" + key);
        });
        assertThat(server.objects()).isEmpty();
    }

    @Test
    void theSweepAtStartPublishesCommittedUploadsAndRemovesOldOrphansPageByPage() throws Exception {
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofHours(1));
        String interrupted = UUID.randomUUID().toString();
        server.put("pending/" + interrupted, "submitted material", old);
        rows.add(interrupted);
        String kept = transactions.execute(status -> store.put(bytes("named by a row")));
        rows.add(kept);
        List<String> oldOrphans = List.of("pending/" + UUID.randomUUID(), "files/" + UUID.randomUUID(), "files/" + UUID.randomUUID());
        oldOrphans.forEach(name -> server.put(name, "left over", old));
        String young = "pending/" + UUID.randomUUID();
        server.put(young, "an upload in progress on another node", now.minus(Duration.ofMinutes(1)));
        server.put("files/README.txt", "not ours", old);
        server.put("backups/" + UUID.randomUUID(), "not ours", old);

        S3Storage pagesOfTwo = new S3Storage(settings(server.endpoint(), BUCKET), 2);
        FileStore sweepingStore = new FileStore(pagesOfTwo);
        FileReferences references = keys -> keys.stream().filter(rows::contains).collect(Collectors.toSet());
        OrphanFiles.Outcome outcome = new OrphanFiles(sweepingStore, pagesOfTwo, List.of(references), Duration.ofMinutes(10)).sweep(now);
        pagesOfTwo.close();

        assertThat(outcome).isEqualTo(new OrphanFiles.Outcome(1, 3));
        assertThat(text(server.objects().get("files/" + interrupted).bytes())).isEqualTo("submitted material");
        assertThat(server.objects()).doesNotContainKeys(oldOrphans.toArray(String[]::new)).doesNotContainKey("pending/" + interrupted)
                .containsKeys("files/" + kept, young, "files/README.txt");
        assertThat(server.objects().keySet().stream().filter(name -> name.startsWith("backups/"))).hasSize(1);
    }

    @Test
    void anUploadTheBucketRefusesFailsWithItsTransaction() {
        try (S3Storage wrongBucket = new S3Storage(settings(server.endpoint(), "no-such-bucket"), StorageConfiguration.S3_PAGE)) {
            FileStore refused = new FileStore(wrongBucket);
            assertThatThrownBy(() -> transactions.execute(status -> refused.put(bytes("lost?"))))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("Could not store");
        }
        server.close();
        assertThatThrownBy(() -> transactions.execute(status -> store.put(bytes("the server is down"))))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void theKindIsASetting() {
        assertThat(StorageConfiguration.of("directory", "data/files", settings("", ""))).isInstanceOf(DirectoryStorage.class);
        assertThatThrownBy(() -> StorageConfiguration.of("s3", "data/files", settings(server.endpoint(), "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENCOUNTY_STORAGE_S3_BUCKET");
        assertThatThrownBy(() -> StorageConfiguration.of("nfs", "data/files", settings("", "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("directory or s3");
        assertThat(backend.toString()).contains(BUCKET).doesNotContain("not-a-real-secret");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Transactions without a database: what the store needs of them is their synchronisation (commit or rollback). */
    private static final class RowlessTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
