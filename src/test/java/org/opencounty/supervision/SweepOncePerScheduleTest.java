package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/**
 * The scheduled sweep fires on every node at each ten-minute mark: it runs once per schedule across the nodes. Two
 * schedulers firing at once on one database (two threads, as two nodes) sweep once; another firing of the same
 * schedule a moment later (a node whose clock is a few seconds behind) skips; the next schedule sweeps again; a
 * sweep asked for by hand is never skipped. Before ADR 0022 every node swept, one after the other (the advisory lock).
 */
class SweepOncePerScheduleTest extends IntegrationTest {

    @Autowired
    SupervisionSweep sweep;
    @Autowired
    ApplicationEventMulticaster multicaster;

    @Test
    void twoSchedulersOnOneDatabaseSweepOncePerSchedule() throws Exception {
        AtomicInteger sweeps = new AtomicInteger();
        ApplicationListener<ApplicationEvent> counter = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof SweepCompleted) {
                sweeps.incrementAndGet();
            }
        };
        multicaster.addApplicationListener(counter);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = 'supervision-sweep'").update();
            CountDownLatch mark = new CountDownLatch(1);
            List<Future<?>> firings = List.of(nodes.submit(() -> fire(mark)), nodes.submit(() -> fire(mark)));
            mark.countDown();
            for (Future<?> firing : firings) {
                firing.get(60, TimeUnit.SECONDS);
            }
            assertThat(sweeps).as("two nodes firing at once").hasValue(1);

            sweep.scheduled();
            assertThat(sweeps).as("a node firing the same schedule a moment later").hasValue(1);

            // Ten minutes on: the lock held for the schedule has lapsed.
            jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = 'supervision-sweep'").update();
            sweep.scheduled();
            assertThat(sweeps).as("the next schedule").hasValue(2);

            sweep.sweep(sweep.today());
            assertThat(sweeps).as("a sweep asked for by hand").hasValue(3);
        } finally {
            nodes.shutdownNow();
            multicaster.removeApplicationListener(counter);
        }
    }

    private Void fire(CountDownLatch mark) throws InterruptedException {
        mark.await();
        sweep.scheduled();
        return null;
    }
}
