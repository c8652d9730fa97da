package org.opencounty.files;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files in an S3-compatible bucket (Amazon S3, MinIO, Ceph RGW, …) shared by every node: a file is put under
 * {@code pending/<key>} before the commit (S3 answers a PUT only once the object is stored durably, and checks the
 * sent Content-MD5), copied to {@code files/<key>} after it, then the pending object is deleted
 * (docs/adr/0028-object-storage.md).
 */
final class S3Storage implements StorageBackend, AutoCloseable {

    static final String PENDING = "pending/";
    static final String PUBLISHED = "files/";

    /** Where the bucket is and who we are to it; the secret is never printed. */
    record Settings(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle) {

        @Override
        public String toString() {
            return "bucket " + bucket + (endpoint.isBlank() ? "" : " at " + endpoint);
        }
    }

    private final S3Client s3;
    private final String bucket;
    private final int pageSize;
    private final String description;

    S3Storage(Settings settings, int pageSize) {
        if (settings.bucket().isBlank()) {
            throw new IllegalStateException("opencounty.storage.kind=s3 needs the bucket: opencounty.storage.s3.bucket (OPENCOUNTY_STORAGE_S3_BUCKET)");
        }
        this.s3 = client(settings);
        this.bucket = settings.bucket();
        this.pageSize = pageSize;
        this.description = settings.toString();
    }

    /** The client as production configures it; package-private for the tests that speak to the bucket beside the store. */
    static S3Client client(Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(60)).build())
                // Path-style (https://host/bucket/key) for MinIO and Ceph; chunked uploads and the newer checksum
                // headers off, as not every S3-compatible server knows them: Content-MD5 checks the bytes instead.
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        return builder.build();
    }

    /** The given key pair, or the SDK's usual places (AWS_ACCESS_KEY_ID, a profile, the instance's role) without one. */
    private static AwsCredentialsProvider credentials(Settings settings) {
        if (settings.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    @Override
    public void writePending(String key, byte[] content) throws IOException {
        String md5 = Base64.getEncoder().encodeToString(md5(content));
        call(() -> s3.putObject(put -> put.bucket(bucket).key(PENDING + key).contentLength((long) content.length).contentMD5(md5),
                RequestBody.fromBytes(content)));
    }

    @Override
    public void publish(String key) throws IOException {
        try {
            s3.copyObject(copy -> copy.sourceBucket(bucket).sourceKey(PENDING + key).destinationBucket(bucket).destinationKey(PUBLISHED + key));
        } catch (NoSuchKeyException e) {
            if (read(key, false).isPresent()) {
                return; // another node's sweep at start finished it first
            }
            throw new NoSuchFileException(PENDING + key);
        } catch (SdkException e) {
            throw new IOException("Could not publish " + key + " in the " + description, e);
        }
        call(() -> s3.deleteObject(delete -> delete.bucket(bucket).key(PENDING + key)));
    }

    @Override
    public void delete(String key) throws IOException {
        call(() -> s3.deleteObject(delete -> delete.bucket(bucket).key(PUBLISHED + key)));
        call(() -> s3.deleteObject(delete -> delete.bucket(bucket).key(PENDING + key)));
    }

    @Override
    public Optional<byte[]> read(String key, boolean pending) throws IOException {
        try {
            return Optional.of(s3.getObjectAsBytes(get -> get.bucket(bucket).key((pending ? PENDING : PUBLISHED) + key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("Could not read " + key + " from the " + description, e);
        }
    }

    /** Pending objects first (few), then the published ones, a page at a time as the sweep goes. */
    @Override
    public Stream<StoredObject> stored() {
        return Stream.of(PENDING, PUBLISHED).flatMap(prefix -> s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix).maxKeys(pageSize))
                .contents().stream()
                .map(object -> {
                    String key = StorageBackend.keyOf(object.key().substring(prefix.length()));
                    return key == null ? null : new StoredObject(key, prefix.equals(PENDING), object.lastModified());
                })
                .filter(object -> object != null));
    }

    @Override
    public void remove(StoredObject object) throws IOException {
        call(() -> s3.deleteObject(delete -> delete.bucket(bucket).key((object.pending() ? PENDING : PUBLISHED) + object.key())));
    }

    private void call(Runnable request) throws IOException {
        try {
            request.run();
        } catch (SdkException e) {
            throw new IOException("The " + description + " did not answer as expected", e);
        }
    }

    private static byte[] md5(byte[] content) {
        try {
            return MessageDigest.getInstance("MD5").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public String toString() {
        return description;
    }
}
