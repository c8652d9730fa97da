package org.opencounty;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup default database: a real PostgreSQL 17 server kept in {@code ./data/postgres}.
 * It is used only when no external database is configured, so that production never depends on it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATA_DIR_VARIABLE = "OPENCOUNTY_DATA_DIR";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the embedded server and points Spring at it, unless a datasource URL is configured. */
    public static EmbeddedDatabase startUnlessConfigured(String[] args) {
        if (externalDatabaseConfigured(args)) {
            log.info("Using the configured external PostgreSQL server");
            return new EmbeddedDatabase(null);
        }
        String dir = System.getenv().getOrDefault(DATA_DIR_VARIABLE, "data");
        EmbeddedDatabase database = start(Path.of(dir, "postgres"), false);
        System.setProperty("spring.datasource.url", database.jdbcUrl());
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "");
        log.info("Started embedded PostgreSQL at {} with data in {}", database.jdbcUrl(), Path.of(dir, "postgres").toAbsolutePath());
        return database;
    }

    /** Starts a server on the given data directory; {@code clean} wipes it first. */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static boolean externalDatabaseConfigured(String[] args) {
        return System.getenv("SPRING_DATASOURCE_URL") != null
                || System.getProperty("spring.datasource.url") != null
                || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--spring.datasource.url="));
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
