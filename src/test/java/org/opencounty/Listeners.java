package org.opencounty;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cross-module listeners run after commit in the background; their publications stay in {@code event_publication}
 * until they complete (completion mode delete). A test that checks what a listener does waits for that, never for
 * a fixed time.
 */
public final class Listeners {

    private Listeners() {
    }

    /** Waits until every publication so far has been completed by its listener. */
    public static void awaitCompletion(JdbcClient jdbc) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0);
    }

    /** The publications of {@code listenerId} not yet completed. */
    public static long outstanding(JdbcClient jdbc, String listenerId) {
        return jdbc.sql("select count(*) from event_publication where listener_id = :id").param("id", listenerId).query(Long.class).single();
    }
}
