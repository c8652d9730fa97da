package org.opencounty.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The file store's contract on S3 ({@link S3StorageContract}) against {@link FakeS3Server}, an in-test fake of the S3
 * API that runs in milliseconds; {@link S3ProxyStorageTest} runs the same checks against a real server.
 */
class S3StorageTest extends S3StorageContract {

    private static final String BUCKET = "opencounty-files";

    private FakeS3Server server;

    @Override
    String emptyBucket() {
        try {
            server = new FakeS3Server(BUCKET, ACCESS_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BUCKET;
    }

    @Override
    String endpoint() {
        return server.endpoint();
    }

    @Override
    String secretKey() {
        return "not-a-real-secret";
    }

    @Override
    Map<String, byte[]> objects() {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        server.objects().forEach((name, object) -> objects.put(name, object.bytes()));
        return objects;
    }

    @Override
    void put(String name, String content, Instant modified) {
        server.put(name, content, modified);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theKindIsASetting() {
        assertThat(StorageConfiguration.of("directory", "data/files", settings("", ""))).isInstanceOf(DirectoryStorage.class);
        assertThatThrownBy(() -> StorageConfiguration.of("s3", "data/files", settings(server.endpoint(), "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENCOUNTY_STORAGE_S3_BUCKET");
        assertThatThrownBy(() -> StorageConfiguration.of("nfs", "data/files", settings("", "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("directory or s3");
        try (S3Storage backend = new S3Storage(settings(server.endpoint(), BUCKET), StorageConfiguration.S3_PAGE)) {
            assertThat(backend.toString()).contains(BUCKET).doesNotContain("not-a-real-secret");
        }
    }
}
