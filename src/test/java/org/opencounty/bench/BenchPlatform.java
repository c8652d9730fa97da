package org.opencounty.bench;

import java.nio.file.Path;
import org.opencounty.OpenCountyApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The platform as the benchmarks start it: on their database, with the demo data, no scheduled sweep, files under {@code root}. */
final class BenchPlatform {

    private BenchPlatform() {
    }

    /** Logs warnings only, but {@code logging} ({@code package=LEVEL}), whose lines the benchmark reports. */
    static ConfigurableApplicationContext start(String url, Path root, String logging) {
        return new SpringApplication(OpenCountyApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=0", "--opencounty.supervision.cron=-", "--logging.level.root=WARN",
                "--logging.level." + logging,
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + root.resolve("search"),
                "--opencounty.storage.dir=" + root.resolve("files"), "--opencounty.audit.checkpoint-dir=" + root.resolve("audit"));
    }
}
