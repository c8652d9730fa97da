package org.opencounty.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scratch PostgreSQL for looking into a benchmark's data with psql: starts the embedded server on a fixed port
 * and data directory (kept between runs) and serves until killed. Not needed by run.sh, which starts its own.
 * <pre>java -cp … org.opencounty.bench.BenchDatabase target/bench-db 55432</pre>
 */
public final class BenchDatabase {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-db").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 55432;
        Files.createDirectories(dir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("timezone", "UTC").setServerConfig("max_connections", "100").start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        System.out.println("[bench] PostgreSQL at " + postgres.getJdbcUrl("postgres", "postgres") + ", data in " + dir);
        Thread.currentThread().join();
    }
}
