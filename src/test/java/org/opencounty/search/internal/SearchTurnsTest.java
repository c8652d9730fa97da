package org.opencounty.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class SearchTurnsTest {

    @Test
    void noMoreSearchesAtOnceThanTurnsAndEveryOneRuns() throws Exception {
        SearchTurns turns = new SearchTurns(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> searches = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                searches.add(threads.submit(() -> turns.inTurn(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    busyFor(2);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < searches.size(); i++) {
                assertThat(searches.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
            }
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void searchesWaitingTakeTheirTurnsInTheOrderTheyCame() throws Exception {
        SearchTurns turns = new SearchTurns(1, Duration.ofSeconds(10));
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            holdTheTurn(turns, threads, release);
            for (int i = 0; i < 5; i++) {
                int n = i;
                threads.submit(() -> turns.inTurn(() -> order.add(n)));
                Thread.sleep(20); // each is waiting before the next comes
            }
            release.countDown();
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aSearchThatGetsNoTurnWithinTheWaitIsToldSoAndRunsNothing() throws Exception {
        SearchTurns turns = new SearchTurns(1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            holdTheTurn(turns, threads, release);
            assertThatThrownBy(() -> turns.inTurn(ran::incrementAndGet)).isInstanceOf(SearchTurns.Busy.class);
            release.countDown();
        }
        assertThat(ran.get()).isZero();
        // The turn given back after a failure too.
        assertThatThrownBy(() -> turns.inTurn(() -> {
            throw new IllegalStateException("index closed");
        })).hasMessage("index closed");
        assertThat(turns.inTurn(ran::incrementAndGet)).isEqualTo(1);
    }

    /** A search that holds the only turn until {@code release}: returns once it holds it. */
    private static void holdTheTurn(SearchTurns turns, java.util.concurrent.ExecutorService threads, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        threads.submit(() -> turns.inTurn(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holding.await();
    }

    private static void busyFor(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
