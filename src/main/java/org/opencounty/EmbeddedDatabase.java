package org.opencounty;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The zero-setup default database: a real PostgreSQL 17 server kept in {@code ./data/postgres}.
 * It is used only when no external database is configured, so that production never depends on it.
 *
 * <p>The platform's server is as durable as a real one (fsync, synchronous commit, full-page writes), asks every
 * connection for a generated password, stops a server a killed run left behind, and is restarted if it dies
 * (see docs/adr/0009-durable-embedded-database.md). Only the tests' server may trade durability for speed.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** How the server writes: {@code DURABLE} for the platform, {@code FAST} only for throw-away test servers. */
    public enum Durability {
        DURABLE("on"), FAST("off");

        private final String flag;

        Durability(String flag) {
            this.flag = flag;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATA_DIR_VARIABLE = "OPENCOUNTY_DATA_DIR";
    static final String USER = "postgres";
    /** Set by Spring's AOT processor while the build runs the main method (AbstractAotProcessor.AOT_PROCESSING). */
    static final String AOT_PROCESSING = "spring.aot.processing";

    private final Path dataDirectory;
    private final Durability durability;
    private final ServerPassword password;
    /** False for the platform's server: the platform stops it itself, after its context (see {@link #startUnlessConfigured}). */
    private final boolean stoppedAtExit;
    private volatile EmbeddedPostgres postgres;
    private volatile ServerSupervisor supervisor;
    private volatile boolean closed;

    private EmbeddedDatabase(Path dataDirectory, Durability durability, ServerPassword password, boolean stoppedAtExit,
                             EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.durability = durability;
        this.password = password;
        this.stoppedAtExit = stoppedAtExit;
        this.postgres = postgres;
    }

    /**
     * Starts the embedded server on a thread of its own and points Spring at it at once, unless a datasource URL is
     * configured. The server takes a second or two to answer, which the context's first seconds (before anything
     * connects) cover: {@link Starting#awaitBeforeDataSource} holds back the data source until it is up.
     *
     * <p>This server is not stopped by a JVM shutdown hook of its own: hooks run at the same time, and the library's
     * stopped the server while the context was still closing (its last writes, the audit checkpoint at shutdown, failed
     * with "terminating connection"). The caller stops it once the context is closed.
     */
    public static Starting startUnlessConfigured(String[] args) {
        if (externalDatabaseConfigured(args)) {
            log.info("Using the configured external PostgreSQL server");
            return new Starting(CompletableFuture.completedFuture(new EmbeddedDatabase(null, null, null, false, null)));
        }
        if (Boolean.getBoolean(AOT_PROCESSING)) {
            // The build's AOT processing (-Paot) only prepares bean definitions: nothing connects, no server to start.
            return new Starting(CompletableFuture.completedFuture(new EmbeddedDatabase(null, null, null, false, null)));
        }
        String dir = System.getenv().getOrDefault(DATA_DIR_VARIABLE, "data");
        Path data = Path.of(dir, "postgres");
        try {
            Files.createDirectories(data);
            ServerPassword password = ServerPassword.of(data);
            int port = freePort();
            System.setProperty("spring.datasource.url", "jdbc:postgresql://localhost:%d/postgres?user=%s".formatted(port, USER));
            System.setProperty("spring.datasource.username", USER);
            System.setProperty("spring.datasource.password", password.value());
            CompletableFuture<EmbeddedDatabase> started = new CompletableFuture<>();
            Thread.ofPlatform().name("embedded-postgres-start").start(() -> {
                try {
                    EmbeddedDatabase database = start(data, false, Durability.DURABLE, password, port, false);
                    database.supervise(Duration.ofSeconds(2));
                    log.info("Started embedded PostgreSQL at {} with data in {}", database.jdbcUrl(), data.toAbsolutePath());
                    started.complete(database);
                } catch (RuntimeException | Error e) {
                    started.completeExceptionally(e);
                }
            });
            return new Starting(started);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        }
    }

    /** The embedded server while it starts beside the Spring context. */
    public static final class Starting implements AutoCloseable {

        private final CompletableFuture<EmbeddedDatabase> started;

        private Starting(CompletableFuture<EmbeddedDatabase> started) {
            this.started = started;
        }

        /** Makes the context wait for the server before it creates its data source (nothing connects earlier). */
        public void awaitBeforeDataSource(ConfigurableApplicationContext context) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource) {
                        database();
                    }
                    return bean;
                }
            });
        }

        EmbeddedDatabase database() {
            try {
                return started.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        /** Stops the server once it has started (a context that failed early must not leave it running). */
        @Override
        public void close() {
            started.thenAccept(EmbeddedDatabase::close);
        }
    }

    /** Starts a server on the given data directory; {@code clean} wipes it first. */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean, Durability durability) {
        try {
            Files.createDirectories(dataDirectory);
            return start(dataDirectory, clean, durability, ServerPassword.of(dataDirectory), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static EmbeddedDatabase start(Path dataDirectory, boolean clean, Durability durability, ServerPassword password, int port,
                                          boolean stoppedAtExit) {
        try {
            if (!clean) {
                LeftoverServer.stopIfRunning(dataDirectory);
            }
            EmbeddedPostgres postgres = launch(dataDirectory, clean, durability, password, port, stoppedAtExit);
            password.secure(postgres.getPort());
            return new EmbeddedDatabase(dataDirectory, durability, password, stoppedAtExit, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** A port nothing listens on now, so that the connection settings can be given before the server is up. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static EmbeddedPostgres launch(Path dataDirectory, boolean clean, Durability durability, ServerPassword password, int port,
                                           boolean stoppedAtExit) throws IOException {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(stoppedAtExit)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setPort(port)
                // The library starts the server with -F (fsync off); these later options override it.
                .setServerConfig("fsync", durability.flag)
                .setServerConfig("synchronous_commit", durability.flag)
                .setServerConfig("full_page_writes", durability.flag)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                .setConnectConfig("password", password.value())
                // Crash recovery after a kill replays the WAL before the server answers.
                .setPGStartupWait(Duration.ofSeconds(120))
                .start();
    }

    /** Watches the server and starts it again on the same port when it dies, so the pool reconnects by itself. */
    void supervise(Duration every) {
        supervisor = new ServerSupervisor(dataDirectory, every, this::restart);
        // Shutdown hooks run at once: the server stopped by its owner's hook must not look like a crash.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closed = true;
            supervisor.interrupt();
        }, "embedded-postgres-supervisor-stop"));
        supervisor.start();
    }

    private synchronized void restart() {
        if (closed) {
            return;
        }
        int port = postgres.getPort();
        closeQuietly(postgres);
        try {
            LeftoverServer.stopIfRunning(dataDirectory);
            postgres = launch(dataDirectory, false, durability, password, port, stoppedAtExit);
            log.warn("Restarted the embedded PostgreSQL on port {}", port);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not restart the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    /** The generated password of the server's superuser, kept owner-only in the data directory. */
    public String password() {
        return password.value();
    }

    private static boolean externalDatabaseConfigured(String[] args) {
        return System.getenv("SPRING_DATASOURCE_URL") != null
                || System.getProperty("spring.datasource.url") != null
                || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--spring.datasource.url="));
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (supervisor != null) {
            supervisor.interrupt();
        }
        if (postgres != null) {
            closeQuietly(postgres);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
