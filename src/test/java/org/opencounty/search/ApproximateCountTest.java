package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Past {@code opencounty.search.exact-count-up-to} hits the index stops counting: the page says "N 条以上", the API
 * {@code totalExact: false}, and the pager reaches what is known. Set low here so the demo's articles pass it (Lucene
 * counts at least a page's worth exactly whatever the setting).
 */
@TestPropertySource(properties = "opencounty.search.exact-count-up-to=3")
class ApproximateCountTest extends IntegrationTest {

    /** A word of most of the demo's articles, far past the threshold. */
    private static final String COMMON = "服务";
    /** A word of a few articles only: counted exactly whatever the threshold. */
    private static final String RARE = "采暖期";

    @Test
    void aCommonWordsCountIsALowerBoundOnThePageAndThePagerReachesWhatIsKnown() throws Exception {
        String page = mvc.perform(get("/search").param("q", COMMON)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("找到 [0-9,]+ 条以上结果").contains("政府信息").contains("条以上，只计到这里");
        assertThat(page).containsPattern("第 1 / [2-9]\\d* 页").contains("下一页");

        String second = mvc.perform(get("/search").param("q", COMMON).param("page", "2")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(second).contains("上一页").containsPattern("<ol class=\"search-results\" start=\"11\">\\s*<li>");

        String rare = mvc.perform(get("/search").param("q", RARE)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(rare).containsPattern("找到 [1-9] 条结果").doesNotContain("条以上");
    }

    @Test
    void theApiSaysWhetherItsTotalIsExact() throws Exception {
        String common = mvc.perform(get("/api/v1/search").param("q", COMMON)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalExact").value(false)).andExpect(jsonPath("$.items.length()").value(10))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(common, "$.total")).isGreaterThanOrEqualTo(10);
        String rare = mvc.perform(get("/api/v1/search").param("q", RARE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalExact").value(true)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(rare, "$.total")).isBetween(1, 9);
    }
}
