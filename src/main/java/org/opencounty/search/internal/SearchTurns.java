package org.opencounty.search.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Searches take their turn, first come first served, at most one a core at a time. A search is a few milliseconds of
 * CPU and never waits for anything, and virtual threads are not time-sliced: a request thread keeps its carrier until
 * it waits, and Tomcat's thread goes on with the next request of the same connection when it has already arrived. So
 * under load two connections could keep both cores while the searches of the others waited, some for seconds
 * (bench/README.md, tenth round: one word p95 80–130 ms and p99 up to 2.7 s at 8 connections, against p50 11 ms). A
 * fair semaphore makes that order first come first served again. A search that cannot have its turn within
 * {@code opencounty.search.turn-wait} is answered "busy, try again" (503) instead of queueing without end when a
 * spike outruns the machine.
 */
@Component
public class SearchTurns {

    private final Semaphore turns;
    private final long waitMillis;

    SearchTurns(@Value("${opencounty.search.concurrent-searches:0}") int concurrent,
                @Value("${opencounty.search.turn-wait:10s}") java.time.Duration wait) {
        this.turns = new Semaphore(concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), true);
        this.waitMillis = wait.toMillis();
    }

    /**
     * The search run in its turn; {@link Busy} when no turn came within the wait (the caller says so to the visitor).
     */
    public <T> T inTurn(Supplier<T> search) {
        boolean acquired;
        try {
            acquired = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(e);
        }
        if (!acquired) {
            throw new Busy(null);
        }
        try {
            return search.get();
        } finally {
            turns.release();
        }
    }

    /** No turn within the wait. */
    public static final class Busy extends RuntimeException {
        Busy(Throwable cause) {
            super("no search turn within the wait", cause);
        }
    }
}
