package org.opencounty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The tests' PostgreSQL: the server named by {@code SPRING_DATASOURCE_URL} when set (CI may use one),
 * otherwise one embedded server per test run on a fresh data directory, shared by every test class.
 */
public final class TestDatabase {

    private static EmbeddedDatabase embedded;

    private TestDatabase() {
    }

    public static synchronized void configure(DynamicPropertyRegistry registry) {
        if (System.getenv("SPRING_DATASOURCE_URL") != null) {
            return;
        }
        String url = baseUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> embedded.password());
    }

    /** Creates an empty database on the test server, for tests that need a platform of their own. */
    public static synchronized String freshDatabase(String name) throws java.sql.SQLException {
        String base = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", baseUrl());
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (var connection = java.sql.DriverManager.getConnection(base, user, password);
             var statement = connection.createStatement()) {
            // The name is a constant chosen by the test, never input.
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        return base.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    /** A fresh folder under target/ for one test run's files. */
    public static synchronized Path scratchDirectory(String name) {
        try {
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseUrl() {
        if (embedded == null) {
            try {
                Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath().toFile().exists()
                        ? Path.of("target") : Path.of(System.getProperty("java.io.tmpdir")), "test-postgres-");
                // Fast, not durable: a test server is thrown away after the run, unlike the platform's (see ADR 0009).
                embedded = EmbeddedDatabase.start(dir, true, EmbeddedDatabase.Durability.FAST);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "test-postgres-stop"));
        }
        // The generated password rides in the URL, where it outranks any password given beside it, so tests that
        // connect with the URL alone (or with an empty password, as before the server asked for one) still get in.
        return embedded.jdbcUrl() + "&password=" + embedded.password();
    }
}
