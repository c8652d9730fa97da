package org.opencounty;

import java.nio.file.Path;

/** A stand-in for the platform that the crash tests kill with SIGKILL once its server has taken a write. */
public final class KilledPlatform {

    static final String READY = "KILLED-PLATFORM-READY";

    private KilledPlatform() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false, EmbeddedDatabase.Durability.DURABLE);
        try (var connection = EmbeddedDatabaseTest.connect(database)) {
            connection.createStatement().execute("create table written (id int); insert into written values (1)");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
