package org.opencounty.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencounty.TestDatabase;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The file store's contract on S3 ({@link S3StorageContract}) against a real S3-compatible server: S3Proxy 2.7.0 on
 * its filesystem provider, started in a process of its own by bench/cluster/s3proxy.sh (so nothing of it enters the
 * test classpath; docs/adr/0028-object-storage.md) on a free loopback port, with its signature check on for a key pair
 * made up here. Unlike the fake it verifies signatures, so a wrong secret key is refused. Skipped, with the script's
 * reason, where S3Proxy cannot start (offline without its jar in the Maven repository); -Dtests.excluded=s3proxy
 * leaves it out.
 */
@Tag("integration")
@Tag("s3proxy")
class S3ProxyStorageTest extends S3StorageContract {

    private static final String SECRET = "made-up-secret-" + UUID.randomUUID();
    private static int port;
    private static Path data;
    /** Why S3Proxy cannot be used here, or null. */
    private static String unavailable;
    /** The test's own client, beside the store's, to create buckets and look into them. */
    private static S3Client admin;
    private static int buckets;

    @BeforeAll
    static void startS3Proxy() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        data = TestDatabase.scratchDirectory("s3proxy");
        ScriptRun started = s3proxy("start");
        if (started.exitCode() != 0) {
            unavailable = started.output().isEmpty() ? "bench/cluster/s3proxy.sh start failed" : started.output();
            // A skip in @BeforeAll would leave no trace in Maven's report: each test is skipped with the reason.
            System.err.println("S3ProxyStorageTest skipped: " + unavailable);
            return;
        }
        admin = S3Storage.client(new S3Storage.Settings(endpointOf(port), "us-east-1", "", ACCESS_KEY, SECRET, true));
    }

    @AfterAll
    static void stopS3Proxy() throws Exception {
        if (admin != null) {
            admin.close();
        }
        assertThat(s3proxy("stop").exitCode()).isZero();
    }

    private record ScriptRun(int exitCode, String output) {
    }

    private static ScriptRun s3proxy(String command) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder("bench/cluster/s3proxy.sh", command).redirectErrorStream(true);
        script.environment().put("S3_PORT", Integer.toString(port));
        script.environment().put("S3_DATA", data.toString());
        script.environment().put("S3_ACCESS_KEY", ACCESS_KEY);
        script.environment().put("S3_SECRET_KEY", SECRET);
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new ScriptRun(process.waitFor(), output);
    }

    private static String endpointOf(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Override
    String emptyBucket() {
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
        String name = "contract-" + ++buckets;
        admin.createBucket(create -> create.bucket(name));
        return name;
    }

    @Override
    String endpoint() {
        return endpointOf(port);
    }

    @Override
    String secretKey() {
        return SECRET;
    }

    @Override
    Map<String, byte[]> objects() {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        for (S3Object object : admin.listObjectsV2Paginator(list -> list.bucket(bucket)).contents()) {
            objects.put(object.key(), admin.getObjectAsBytes(get -> get.bucket(bucket).key(object.key())).asByteArray());
        }
        return objects;
    }

    /** The provider keeps an object as a file: its modification time is the object's LastModified. */
    @Override
    void put(String name, String content, Instant modified) {
        admin.putObject(put -> put.bucket(bucket).key(name), RequestBody.fromString(content, StandardCharsets.UTF_8));
        try {
            Files.setLastModifiedTime(data.resolve(bucket).resolve(name), FileTime.from(modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aWrongSecretKeyIsRefusedByTheSignatureCheck() {
        S3Storage.Settings forger = new S3Storage.Settings(endpoint(), "us-east-1", bucket, ACCESS_KEY, "a-guessed-secret", true);
        String stored = "pending/" + UUID.randomUUID();
        put(stored, "kept", Instant.now());
        try (S3Storage refused = new S3Storage(forger, StorageConfiguration.S3_PAGE)) {
            assertThatThrownBy(() -> refused.writePending(UUID.randomUUID().toString(), bytes("forged")))
                    .isInstanceOfSatisfying(IOException.class, failure -> assertThat(refusal(failure).statusCode()).isEqualTo(403));
            assertThatThrownBy(() -> refused.read(stored.substring("pending/".length()), true))
                    .isInstanceOfSatisfying(IOException.class, failure -> assertThat(refusal(failure).awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch"));
        }
        assertThat(objects()).containsOnlyKeys(stored);
    }
}
