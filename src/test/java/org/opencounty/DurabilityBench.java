package org.opencounty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What durability costs: single-row committed inserts per second on the embedded server with the tests' fast flags
 * (fsync and synchronous commit off) and with the platform's durable ones, with 1 and 4 writers. Run by bench/crash/flags.sh.
 */
public final class DurabilityBench {

    private DurabilityBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path root = Files.createDirectories(Path.of("target/bench-durability").toAbsolutePath());
        for (EmbeddedDatabase.Durability durability : EmbeddedDatabase.Durability.values()) {
            Path dir = Files.createTempDirectory(root, durability.name().toLowerCase() + "-");
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, true, durability)) {
                try (Connection connection = connect(database)) {
                    connection.createStatement().execute("create table written (id bigserial primary key, at timestamptz default now(), note text)");
                }
                for (int writers : new int[] {1, 4}) {
                    System.out.printf("[bench] %s, %d writer(s): %,.0f committed inserts/s%n", durability, writers, rate(database, writers, seconds));
                }
            }
        }
    }

    private static double rate(EmbeddedDatabase database, int writers, int seconds) throws Exception {
        AtomicLong written = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = connect(database);
                     var insert = connection.prepareStatement("insert into written (note) values ('申请')")) {
                    while (System.nanoTime() < end) {
                        insert.executeUpdate();
                        written.incrementAndGet();
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return written.get() / (double) seconds;
    }

    private static Connection connect(EmbeddedDatabase database) throws java.sql.SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
    }
}
