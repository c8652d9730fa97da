package org.opencounty;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A child JVM for {@link EmbeddedDatabaseTest}: starts the embedded server the way the platform does (data folder from
 * {@code OPENCOUNTY_DATA_DIR}) and, when asked to stop, does what the platform's shutdown does — a last write while
 * the context closes, then the server's stop.
 */
public final class StoppedPlatform {

    static final String READY = "STOPPED-PLATFORM-READY";

    private StoppedPlatform() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.Starting starting = EmbeddedDatabase.startUnlessConfigured(new String[0]);
        EmbeddedDatabase database = starting.database();
        try (Connection connection = EmbeddedDatabaseTest.connect(database)) {
            connection.createStatement().execute("create table if not exists at_shutdown (note text)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // The context's close takes a moment before its last write (the audit checkpoint at shutdown).
                Thread.sleep(1500);
                try (Connection connection = EmbeddedDatabaseTest.connect(database)) {
                    connection.createStatement().execute("insert into at_shutdown values ('written while the context closed')");
                }
            } catch (SQLException | InterruptedException e) {
                System.out.println("LAST WRITE FAILED: " + e.getMessage());
            }
            database.close();
        }, "stopped-platform-shutdown"));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
