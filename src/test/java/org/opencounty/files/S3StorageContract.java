package org.opencounty.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What the file store needs of an S3-compatible server, checked through the AWS SDK configured as in production
 * ({@code opencounty.storage.kind=s3}) against each server a subclass gives: a file is in the bucket under its key
 * exactly when its transaction commits (under {@code pending/} before), is read while not yet published, is deleted
 * after the commit that drops its row; publishing twice is done once; the sweep at start publishes what a crash
 * interrupted and removes old orphans, page by page; the server refuses an unknown key and a body that does not match
 * its Content-MD5, and a refused upload fails its transaction.
 */
abstract class S3StorageContract {

    static final String ACCESS_KEY = "county-node";

    /** The bucket of the running test, empty at its start. */
    String bucket;
    private S3Storage backend;
    private FileStore store;
    private final Set<String> rows = new HashSet<>();
    private final TransactionTemplate transactions = new TransactionTemplate(new RowlessTransactions());

    /** Makes an empty bucket for one test and answers its name; skips the test, with the reason, where there is no server. */
    abstract String emptyBucket();

    abstract String endpoint();

    abstract String secretKey();

    /** Every object of the test's bucket, by name. */
    abstract Map<String, byte[]> objects();

    /** Puts an object straight into the test's bucket, as if written at the given time. */
    abstract void put(String name, String content, Instant modified);

    @BeforeEach
    void store() {
        bucket = emptyBucket();
        backend = (S3Storage) StorageConfiguration.of("s3", "unused", settings(endpoint(), bucket));
        store = new FileStore(backend);
    }

    @AfterEach
    void closeStore() {
        if (backend != null) {
            backend.close();
        }
    }

    S3Storage.Settings settings(String endpoint, String bucket) {
        return new S3Storage.Settings(endpoint, "us-east-1", bucket, ACCESS_KEY, secretKey(), true);
    }

    @Test
    void aFileIsInTheBucketUnderItsKeyOnlyWhenItsTransactionCommits() {
        String committed = transactions.execute(status -> {
            String key = store.put(bytes("已提交的附件"));
            assertThat(objects()).as("stored before the commit, under its pending name").containsOnlyKeys("pending/" + key);
            return key;
        });
        assertThat(objects()).containsOnlyKeys("files/" + committed);
        assertThat(text(objects().get("files/" + committed))).isEqualTo("已提交的附件");
        assertThat(text(store.get(committed))).isEqualTo("已提交的附件");

        transactions.executeWithoutResult(status -> {
            store.put(bytes("rolled back"));
            status.setRollbackOnly();
        });
        assertThat(objects()).containsOnlyKeys("files/" + committed);
    }

    @Test
    void aFileStoredThroughOneNodeIsReadThroughAnother() {
        try (S3Storage otherNode = new S3Storage(settings(endpoint(), bucket), StorageConfiguration.S3_PAGE)) {
            String key = transactions.execute(status -> store.put(bytes("两个节点共用的附件")));
            assertThat(text(new FileStore(otherNode).get(key))).isEqualTo("两个节点共用的附件");
        }
    }

    @Test
    void aCommittedFileNotYetPublishedIsReadUnderItsPendingName() {
        String key = UUID.randomUUID().toString();
        put("pending/" + key, "committed, crashed before the copy", Instant.now());
        assertThat(text(store.get(key))).isEqualTo("committed, crashed before the copy");
        assertThatThrownBy(() -> store.get(UUID.randomUUID().toString())).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileIsDeletedWhenTheTransactionDroppingItsRowCommits() {
        String key = transactions.execute(status -> store.put(bytes("replaced")));
        transactions.executeWithoutResult(status -> {
            store.deleteAfterCommit(key);
            assertThat(objects()).as("until the commit").containsKey("files/" + key);
        });
        assertThat(objects()).isEmpty();
    }

    /** Two nodes' sweeps may publish the same file: the second finds the pending object gone and the file published. */
    @Test
    void publishingTwiceIsDoneOnceAndPublishingWhatIsNotStoredFails() throws Exception {
        String key = UUID.randomUUID().toString();
        backend.writePending(key, bytes("材料"));
        backend.publish(key);
        backend.publish(key);
        assertThat(objects()).containsOnlyKeys("files/" + key);
        assertThatThrownBy(() -> backend.publish(UUID.randomUUID().toString())).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void theSweepAtStartPublishesCommittedUploadsAndRemovesOldOrphansPageByPage() throws Exception {
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofHours(1));
        String interrupted = UUID.randomUUID().toString();
        put("pending/" + interrupted, "submitted material", old);
        rows.add(interrupted);
        String kept = transactions.execute(status -> store.put(bytes("named by a row")));
        rows.add(kept);
        List<String> oldOrphans = List.of("pending/" + UUID.randomUUID(), "files/" + UUID.randomUUID(), "files/" + UUID.randomUUID());
        oldOrphans.forEach(name -> put(name, "left over", old));
        String young = "pending/" + UUID.randomUUID();
        put(young, "an upload in progress on another node", now.minus(Duration.ofMinutes(1)));
        put("files/README.txt", "not ours", old);
        put("backups/" + UUID.randomUUID(), "not ours", old);

        S3Storage pagesOfTwo = new S3Storage(settings(endpoint(), bucket), 2);
        FileStore sweepingStore = new FileStore(pagesOfTwo);
        FileReferences references = keys -> keys.stream().filter(rows::contains).collect(Collectors.toSet());
        OrphanFiles.Outcome outcome = new OrphanFiles(sweepingStore, pagesOfTwo, List.of(references), Duration.ofMinutes(10)).sweep(now);
        pagesOfTwo.close();

        assertThat(outcome).isEqualTo(new OrphanFiles.Outcome(1, 3));
        Map<String, byte[]> objects = objects();
        assertThat(text(objects.get("files/" + interrupted))).isEqualTo("submitted material");
        assertThat(objects).doesNotContainKeys(oldOrphans.toArray(String[]::new)).doesNotContainKey("pending/" + interrupted)
                .containsKeys("files/" + kept, young, "files/README.txt");
        assertThat(objects.keySet().stream().filter(name -> name.startsWith("backups/"))).hasSize(1);
    }

    @Test
    void anUploadTheBucketRefusesFailsWithItsTransaction() throws IOException {
        try (S3Storage wrongBucket = new S3Storage(settings(endpoint(), "no-such-bucket"), StorageConfiguration.S3_PAGE)) {
            FileStore refused = new FileStore(wrongBucket);
            assertThatThrownBy(() -> transactions.execute(status -> refused.put(bytes("lost?"))))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("Could not store")
                    .satisfies(failure -> assertThat(refusal(failure).awsErrorDetails().errorCode()).isEqualTo("NoSuchBucket"));
        }
        try (S3Storage down = new S3Storage(settings(endpointNobodyAnswers(), bucket), StorageConfiguration.S3_PAGE)) {
            FileStore refused = new FileStore(down);
            assertThatThrownBy(() -> transactions.execute(status -> refused.put(bytes("the server is down"))))
                    .isInstanceOf(UncheckedIOException.class);
        }
        assertThat(objects()).isEmpty();
    }

    @Test
    void anAccessKeyTheServerDoesNotKnowIsRefused() {
        S3Storage.Settings stranger = new S3Storage.Settings(endpoint(), "us-east-1", bucket, "someone-else", secretKey(), true);
        try (S3Storage refused = new S3Storage(stranger, StorageConfiguration.S3_PAGE)) {
            assertThatThrownBy(() -> transactions.execute(status -> new FileStore(refused).put(bytes("who is this?"))))
                    .isInstanceOf(UncheckedIOException.class)
                    .satisfies(failure -> assertThat(refusal(failure).statusCode()).isEqualTo(403));
        }
        assertThat(objects()).isEmpty();
    }

    /** What the store's integrity rests on (ADR 0028): a PUT whose bytes do not match its Content-MD5 is not stored. */
    @Test
    void aBodyThatDoesNotMatchItsContentMd5IsRefused() throws Exception {
        String md5OfOtherBytes = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes("the bytes sent")));
        try (S3Client client = S3Storage.client(settings(endpoint(), bucket))) {
            assertThatThrownBy(() -> client.putObject(put -> put.bucket(bucket).key("pending/" + UUID.randomUUID()).contentMD5(md5OfOtherBytes),
                    RequestBody.fromBytes(bytes("the bytes received"))))
                    .isInstanceOfSatisfying(S3Exception.class, refused -> {
                        assertThat(refused.statusCode()).isEqualTo(400);
                        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("BadDigest");
                    });
        }
        assertThat(objects()).isEmpty();
    }

    /** The S3 error that refused a request, from the failure the store raised. */
    static S3Exception refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof S3Exception refused) {
                return refused;
            }
        }
        throw new AssertionError("not refused by the server: " + failure, failure);
    }

    /** A loopback port nothing listens on: connections are refused. */
    private static String endpointNobodyAnswers() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
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
