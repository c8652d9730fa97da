package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A visitor lists what search found by relevance (the default) or newest first, on the page and in the API; the
 * order stays with the other pages of the same search, and an order that does not exist is refused.
 */
class SearchOrderTest extends IntegrationTest {

    private static final String OLDER_IN_THE_TITLE = "雪豹保护区巡护工作方案";
    private static final String NEWER_IN_THE_BODY = "冬季牧区安全提示";

    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theNewestFirstOnThePageAndInTheApi() throws Exception {
        try (DemoArticles articles = new DemoArticles(2, jdbc, entityManager, transactions)) {
            articles.rewrite(0, OLDER_IN_THE_TITLE, "各乡镇开展巡护。", Instant.parse("2024-03-01T02:00:00Z"));
            articles.rewrite(1, NEWER_IN_THE_BODY, "近日南山一带见到雪豹，请牧民注意。", Instant.parse("2026-11-20T02:00:00Z"));

            String byRelevance = page("/search?q=雪豹");
            assertThat(byRelevance.indexOf(OLDER_IN_THE_TITLE)).isPositive().isLessThan(byRelevance.indexOf(NEWER_IN_THE_BODY));
            assertThat(byRelevance).contains("<strong aria-current=\"true\">按相关度</strong>")
                    .contains("<a href=\"/search?q=%E9%9B%AA%E8%B1%B9&amp;sort=newest&amp;page=1\">按时间</a>");

            String newest = page("/search?q=雪豹&sort=newest");
            assertThat(newest.indexOf(NEWER_IN_THE_BODY)).isPositive().isLessThan(newest.indexOf(OLDER_IN_THE_TITLE));
            assertThat(newest).contains("<strong aria-current=\"true\">按时间</strong>")
                    .contains("<input type=\"hidden\" name=\"sort\" value=\"newest\">");

            mvc.perform(get("/api/v1/search").param("q", "雪豹").param("sort", "newest")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].title").value(NEWER_IN_THE_BODY))
                    .andExpect(jsonPath("$.items[1].title").value(OLDER_IN_THE_TITLE));
            mvc.perform(get("/api/v1/search").param("q", "雪豹")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].title").value(OLDER_IN_THE_TITLE));
        }
    }

    @Test
    void anOrderThatDoesNotExistIsRefusedWithItsReason() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "雪豹").param("sort", "oldest")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.sort").value("排序方式只能是按相关度（relevance）或按时间（newest）"));
        assertThat(mvc.perform(get("/search").param("q", "雪豹").param("sort", "oldest")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("排序方式只能是按相关度（relevance）或按时间（newest）");
    }

    @Tag("fast")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "RELEVANCE|/search?q=%E9%9B%AA%E8%B1%B9&year=2026&page=2",
            "NEWEST|/search?q=%E9%9B%AA%E8%B1%B9&year=2026&sort=newest&page=2",
    })
    void theOtherPagesKeepTheOrder(SearchQuery.Order order, String url) {
        assertThat(new SearchQuery("雪豹", null, null, 2026, 1, order).pageUrl(2)).isEqualTo(url);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
