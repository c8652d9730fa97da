package org.opencounty.files;

import java.nio.file.Path;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses where uploads are kept: {@code opencounty.storage.kind} is {@code directory} (the default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    /** Objects listed per request by the sweep at start. */
    static final int S3_PAGE = 1000;

    @Bean
    StorageBackend storageBackend(@Value("${opencounty.storage.kind:directory}") String kind,
                                  @Value("${opencounty.storage.dir:${OPENCOUNTY_DATA_DIR:data}/files}") String directory,
                                  @Value("${opencounty.storage.s3.endpoint:}") String endpoint,
                                  @Value("${opencounty.storage.s3.region:us-east-1}") String region,
                                  @Value("${opencounty.storage.s3.bucket:}") String bucket,
                                  @Value("${opencounty.storage.s3.access-key:}") String accessKey,
                                  @Value("${opencounty.storage.s3.secret-key:}") String secretKey,
                                  @Value("${opencounty.storage.s3.path-style:true}") boolean pathStyle) {
        return of(kind, directory, new S3Storage.Settings(endpoint.strip(), region.strip(), bucket.strip(), accessKey.strip(), secretKey, pathStyle));
    }

    static StorageBackend of(String kind, String directory, S3Storage.Settings s3) {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "directory" -> new DirectoryStorage(Path.of(directory));
            case "s3" -> new S3Storage(s3, S3_PAGE);
            default -> throw new IllegalStateException(
                    "opencounty.storage.kind (OPENCOUNTY_STORAGE_KIND) is directory or s3, not \"" + kind + "\"");
        };
    }
}
