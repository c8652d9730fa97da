package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.search.internal.SearchTurns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * When every turn is taken for longer than a search may wait (a spike the machine cannot serve), the search page and
 * the API say search is unavailable for now (503) and change nothing; once a turn is free, searches answer again
 * (docs/adr/0031-request-threads.md).
 */
class SearchBusyTest extends IntegrationTest {

    @Autowired
    SearchTurns turns;

    /**
     * A search for 低保 with a parameter of its own: the page cache keeps a search page from its second asking, and the
     * same words asked by another test afterwards would be answered with this test's page.
     */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder search(String path) {
        return get(path).param("q", "低保").param("visit", "search-busy-test");
    }

    @Test
    void withEveryTurnTakenSearchSaysUnavailableForNowAndThenAnswersAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            int taken = turns.free();
            CountDownLatch holding = new CountDownLatch(taken);
            for (int i = 0; i < taken; i++) {
                threads.submit(() -> turns.inTurn(() -> {
                    holding.countDown();
                    try {
                        return release.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            holding.await();
            // Both wait out the turn's wait at once.
            Future<MockHttpServletResponse> page = threads.submit(() -> mvc.perform(search("/search"))
                    .andReturn().getResponse());
            Future<MockHttpServletResponse> api = threads.submit(() -> mvc.perform(search("/api/v1/search"))
                    .andReturn().getResponse());

            assertThat(page.get().getStatus()).isEqualTo(503);
            assertThat(page.get().getContentAsString()).contains("站内搜索暂不可用").doesNotContain("系统暂时出现故障");
            assertThat(api.get().getStatus()).isEqualTo(503);
            assertThat(api.get().getContentAsString()).contains("\"code\":\"SEARCH_UNAVAILABLE\"");
            release.countDown();
        }
        assertThat(turns.free()).isPositive();
        MockHttpServletResponse again = mvc.perform(search("/search")).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("找到");
    }
}
