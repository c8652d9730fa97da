package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sweeps run every ten minutes on every node: a second sweep of the same day, or two at the same moment, must
 * leave each signal issued once (and so each person told once: notices are the signals in their scope). The rows are committed (two threads must see them)
 * and dated from the platform's today, so that the scheduled sweep, should it run meanwhile, issues exactly what
 * these sweeps would; they are removed afterwards.
 */
class SweepConcurrencyTest extends IntegrationTest {

    @Autowired
    SupervisionSweep sweep;

    TestApplications applications;
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void setUp() {
        applications = new TestApplications(jdbc);
    }

    @AfterEach
    void removeRows() {
        applications.delete(ids);
    }

    @Test
    void sweepingTwiceOrTwiceAtOnceIssuesEachSignalOnce() throws Exception {
        LocalDate today = sweep.today();
        for (int i = 0; i < 10; i++) {
            ids.add(applications.insert(i % 2 == 0 ? "market" : "balikun-zhen", Map.of("promised_due", today.minusDays(1)), today));
            ids.add(applications.insert("market", Map.of("promised_due", today), today));
            ids.add(applications.insert("balikun-zhen", Map.of("state", "REJECTED", "rejection_reason", "不符合条件"), today));
            ids.add(applications.insert("market", Map.of("fee_charged", new BigDecimal("5")), today));
        }

        sweep.sweep(today);
        assertThat(signals()).isEqualTo(40);

        assertThat(sweep.sweep(today)).isZero();
        assertThat(signals()).isEqualTo(40);

        // Take the signals back and let two sweeps race for them.
        jdbc.sql("delete from supervision_signal where application_id in (:ids)").param("ids", ids).update();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> racers = List.of(
                    pool.submit(() -> {
                        start.await();
                        return sweep.sweep(today);
                    }),
                    pool.submit(() -> {
                        start.await();
                        return sweep.sweep(today);
                    }));
            start.countDown();
            // A unique violation or a deadlock would surface here as an ExecutionException.
            for (Future<Integer> racer : racers) {
                racer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(signals()).isEqualTo(40);
        assertThat(jdbc.sql("select count(distinct (application_id, type)) from supervision_signal where application_id in (:ids)")
                .param("ids", ids).query(Long.class).single()).isEqualTo(40);
    }

    private long signals() {
        return jdbc.sql("select count(*) from supervision_signal where application_id in (:ids)").param("ids", ids).query(Long.class).single();
    }
}
