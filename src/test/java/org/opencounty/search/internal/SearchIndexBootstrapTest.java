package org.opencounty.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The index check at start does not hold the platform's start: it runs on a thread of its own (a stale index at a
 * million articles takes minutes to rebuild), and only a setting makes it run before the platform answers.
 */
@Tag("fast")
class SearchIndexBootstrapTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<String> checkedOn = new CompletableFuture<>();

    /** An index whose check never ends until the test lets it: the first thing the check asks for waits. */
    private final EntityManagerFactory slowIndex = (EntityManagerFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {EntityManagerFactory.class}, (proxy, method, args) -> {
                checkedOn.complete(Thread.currentThread().getName());
                release.await();
                throw new IllegalStateException("closed");
            });

    @Test
    void theStartGoesOnWhileTheIndexIsChecked() throws Exception {
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new SearchIndexBootstrap(slowIndex, event -> { }, true, true, null).rebuildIfStale());
            assertThat(checkedOn.get(5, TimeUnit.SECONDS)).isEqualTo("search-index-check");
        } finally {
            release.countDown();
        }
    }

    @Test
    void theSettingMakesTheStartWaitForTheCheck() throws Exception {
        Thread start = Thread.ofVirtual().name("start").start(() -> new SearchIndexBootstrap(slowIndex, event -> { }, true, false, null).rebuildIfStale());
        assertThat(checkedOn.get(5, TimeUnit.SECONDS)).isEqualTo(start.getName());
        assertThat(start.join(Duration.ofMillis(200))).as("the start waits while the check runs").isFalse();
        release.countDown();
        assertThat(start.join(Duration.ofSeconds(5))).as("a check that fails does not fail the start").isTrue();
    }

    @Test
    void aNodeThatDoesNotCheckAsksNothing() {
        new SearchIndexBootstrap(slowIndex, event -> { }, false, true, null).rebuildIfStale();
        assertThat(checkedOn).isNotDone();
    }
}
