package org.opencounty.search.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Searches take their turn, first come first served, at most one a core at a time. Requests run on Tomcat's platform
 * threads (docs/adr/0031-request-threads.md), which the operating system time-slices: without turns it shared the cores
 * among every search at once, so a search of 30 ms of CPU took as long as all the others beside it (two words p95
 * 166–186 ms by wrk at 8 connections). In turn, each search runs to its end once started (86–124 ms; bench/README.md,
 * tenth round). A search that cannot have its turn within {@code opencounty.search.turn-wait} is answered "unavailable
 * for now" (503) instead of queueing without end when a spike outruns the machine.
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

    /** Turns free now (all of them when no search runs). */
    public int free() {
        return turns.availablePermits();
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
