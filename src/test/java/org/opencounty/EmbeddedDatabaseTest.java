package org.opencounty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The platform's embedded server: durable flags, a password for every connection, and starts after crashes. */
class EmbeddedDatabaseTest {

    @Test
    void thePlatformsServerIsDurableAndAsksForItsPassword() throws Exception {
        Path dir = TestDatabase.scratchDirectory("durable").resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, false, EmbeddedDatabase.Durability.DURABLE)) {
            try (Connection connection = connect(database)) {
                assertThat(List.of(show(connection, "fsync"), show(connection, "synchronous_commit"), show(connection, "full_page_writes")))
                        .containsExactly("on", "on", "on");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "wrong")).isInstanceOf(SQLException.class);
            Path file = dir.resolve(ServerPassword.FILE_NAME);
            assertThat(Files.readString(file).strip()).isEqualTo(database.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        // The next start reads the same password instead of making a new one.
        String first = Files.readString(dir.resolve(ServerPassword.FILE_NAME)).strip();
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dir, false, EmbeddedDatabase.Durability.DURABLE);
             Connection connection = connect(again)) {
            assertThat(again.password()).isEqualTo(first);
        }
    }

    @Test
    void theBuildsAotProcessingStartsNoServer() {
        // process-aot (-Paot) runs the main method only to prepare bean definitions: no server, no connection settings.
        String configured = System.clearProperty("spring.datasource.url");
        System.setProperty(EmbeddedDatabase.AOT_PROCESSING, "true");
        try (EmbeddedDatabase.Starting starting = EmbeddedDatabase.startUnlessConfigured(new String[0])) {
            assertThat(System.getProperty("spring.datasource.url")).isNull();
        } finally {
            System.clearProperty(EmbeddedDatabase.AOT_PROCESSING);
            if (configured != null) {
                System.setProperty("spring.datasource.url", configured);
            }
        }
    }

    @Test
    void theTestServerIsFastOnPurpose() throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabase.freshDatabase("durability_flags"))) {
            assertThat(List.of(show(connection, "fsync"), show(connection, "synchronous_commit"))).containsExactly("off", "off");
        }
    }

    @Test
    void aDataFolderMadeWithTrustIsUpgradedWithoutLosingData() throws Exception {
        Path dir = TestDatabase.scratchDirectory("trust").resolve("postgres");
        // The folder as earlier versions left it: initdb -A trust, no password.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
             Connection connection = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            connection.createStatement().execute("create table kept (note text); insert into kept values ('申请 1')");
        }
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, false, EmbeddedDatabase.Durability.DURABLE);
             Connection connection = connect(database)) {
            var rows = connection.createStatement().executeQuery("select note from kept");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("申请 1");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "")).isInstanceOf(SQLException.class);
            assertThat(Files.readString(dir.resolve("pg_hba.conf"))).startsWith(ServerPassword.HBA_MARKER).doesNotContain("trust");
        }
    }

    @Test
    void startsAfterTheApplicationWasKilledLeavingItsServerRunning() throws Exception {
        Path dir = TestDatabase.scratchDirectory("killed").resolve("postgres");
        Process application = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), KilledPlatform.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (var output = new BufferedReader(new InputStreamReader(application.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(KilledPlatform.READY)) {
                // the child's log
            }
            assertThat(line).isEqualTo(KilledPlatform.READY);
            application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        Optional<ProcessHandle> leftover = LeftoverServer.postmaster(dir.resolve("postmaster.pid"));
        assertThat(leftover).as("kill -9 of the application leaves its PostgreSQL running").isPresent();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, false, EmbeddedDatabase.Durability.DURABLE);
             Connection connection = connect(database)) {
            var rows = connection.createStatement().executeQuery("select count(*) from written");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
            assertThat(leftover.get().isAlive()).isFalse();
        }
    }

    @Test
    void thePlatformsServerOutlivesItsLastWriteAtShutdown() throws Exception {
        Path data = TestDatabase.scratchDirectory("stopped");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), StoppedPlatform.class.getName()).redirectErrorStream(true);
        builder.environment().put(EmbeddedDatabase.DATA_DIR_VARIABLE, data.toString());
        Process platform = builder.start();
        StringBuilder log = new StringBuilder();
        try (var output = new BufferedReader(new InputStreamReader(platform.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(StoppedPlatform.READY)) {
                log.append(line).append('\n');
            }
            assertThat(line).as(log.toString()).isEqualTo(StoppedPlatform.READY);
            platform.toHandle().destroy(); // SIGTERM, as systemd stops the platform (Process.destroy would close the log)
            while ((line = output.readLine()) != null) {
                log.append(line).append('\n');
            }
            assertThat(platform.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(log.toString()).doesNotContain("LAST WRITE FAILED");
        Path dir = data.resolve("postgres");
        assertThat(dir.resolve("postmaster.pid")).as("the server was stopped cleanly, after the last write").doesNotExist();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, false, EmbeddedDatabase.Durability.DURABLE);
             Connection connection = connect(database)) {
            var rows = connection.createStatement().executeQuery("select count(*) from at_shutdown");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aStalePidFileWhoseServerIsGoneIsRemoved() throws Exception {
        Path dir = TestDatabase.scratchDirectory("stale").resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, false, EmbeddedDatabase.Durability.DURABLE)) {
            connect(database).close();
        }
        // A pid file naming a process that is no PostgreSQL (pids are reused): this test's own JVM.
        Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dir + "\n");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, false, EmbeddedDatabase.Durability.DURABLE)) {
            connect(database).close();
        }
    }

    @Test
    void aServerThatDiesIsStartedAgainOnTheSamePort() throws Exception {
        Path dir = TestDatabase.scratchDirectory("supervised").resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, false, EmbeddedDatabase.Durability.DURABLE)) {
            database.supervise(Duration.ofMillis(500));
            try (Connection connection = connect(database)) {
                connection.createStatement().execute("create table written (id int); insert into written values (1)");
            }
            ProcessHandle postmaster = LeftoverServer.postmaster(dir.resolve("postmaster.pid")).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(10, TimeUnit.SECONDS);

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Connection connection = null;
            while (connection == null && System.nanoTime() < deadline) {
                try {
                    connection = connect(database);
                } catch (SQLException e) {
                    Thread.sleep(200);
                }
            }
            assertThat(connection).as("the server is back within a minute").isNotNull();
            try (Connection back = connection) {
                var rows = back.createStatement().executeQuery("select count(*) from written");
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
    }

    private static String show(Connection connection, String setting) throws SQLException {
        var rows = connection.createStatement().executeQuery("show " + setting);
        rows.next();
        return rows.getString(1);
    }
}
