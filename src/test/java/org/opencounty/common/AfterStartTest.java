package org.opencounty.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sweeps after start do not hold the platform's way to healthy: they run on a thread of their own, each in a
 * transaction, and only a setting makes the start wait for them.
 */
@Tag("fast")
class AfterStartTest {

    private final List<String> transactions = new CopyOnWriteArrayList<>();
    private final TransactionTemplate transaction = new TransactionTemplate(new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            transactions.add("begin on " + Thread.currentThread().getName());
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            transactions.add("commit");
        }

        @Override
        public void rollback(TransactionStatus status) {
            transactions.add("rollback");
        }
    });
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<String> sweptOn = new CompletableFuture<>();

    /** A sweep that does not end until the test lets it. */
    private void slowSweep() {
        sweptOn.complete(Thread.currentThread().getName());
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theStartGoesOnWhileTheSweepRunsInATransactionOfItsOwn() throws Exception {
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new AfterStart(transaction, true).sweep("task-sweep-after-start", this::slowSweep));
            assertThat(sweptOn.get(5, TimeUnit.SECONDS)).isEqualTo("task-sweep-after-start");
        } finally {
            release.countDown();
        }
        assertThat(waitFor("commit")).containsExactly("begin on task-sweep-after-start", "commit");
    }

    @Test
    void theSettingMakesTheStartWaitForTheSweep() throws Exception {
        Thread start = Thread.ofVirtual().name("start").start(() -> new AfterStart(transaction, false).sweep("task-sweep-after-start", this::slowSweep));
        assertThat(sweptOn.get(5, TimeUnit.SECONDS)).isEqualTo("start");
        assertThat(start.join(Duration.ofMillis(200))).as("the start waits while the sweep runs").isFalse();
        release.countDown();
        assertThat(start.join(Duration.ofSeconds(5))).isTrue();
        assertThat(transactions).containsExactly("begin on start", "commit");
    }

    @Test
    void aSweepThatFailsBesideTheStartIsRolledBackAndLeavesTheStartAlone() throws Exception {
        new AfterStart(transaction, true).sweep("supervision-sweep-after-start", () -> {
            throw new IllegalStateException("the database went away");
        });
        assertThat(waitFor("rollback")).containsExactly("begin on supervision-sweep-after-start", "rollback");
    }

    private List<String> waitFor(String last) throws InterruptedException {
        for (int i = 0; i < 100 && !transactions.contains(last); i++) {
            Thread.sleep(50);
        }
        return transactions;
    }
}
