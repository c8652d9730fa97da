package org.opencounty.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.springframework.test.web.servlet.ResultActions;

/** The back office's work queue: each row shows the title its reader needs, however long the queue grows. */
class ArticleQueueTest extends IntegrationTest {

    private ArticleApi api;
    private String officer;
    private String leader;
    private String center;

    @Test
    void theQueueShowsEachArticlesCurrentTitleInAFixedNumberOfQueries() throws Exception {
        api = new ArticleApi(mvc, jdbc);
        officer = tokenFor("officer1");
        leader = tokenFor("leader1");
        center = tokenFor("center");
        addRows(1, 1);
        int officersQueries = StatementCounter.count(() -> queue(officer).andExpect(status().isOk()));
        int centersQueries = StatementCounter.count(() -> queue(center).andExpect(status().isOk()));

        addRows(2, 4);

        queue(officer).andExpect(jsonPath("$.drafts[*].title", hasItems("队列草稿1", "队列草稿4", "队列修改中1", "队列修改中4")))
                .andExpect(jsonPath("$.drafts[*].unitName", hasItem("县市场监督管理局")));
        queue(center).andExpect(jsonPath("$.recentlyPublished[*].title", hasItems("队列已撤回1", "队列已撤回4")));
        assertThat(StatementCounter.count(() -> queue(officer))).isEqualTo(officersQueries);
        assertThat(StatementCounter.count(() -> queue(center))).isEqualTo(centersQueries);
    }

    /** Rows of every kind the queue shows: a draft, a published article being edited, a withdrawn one. */
    private void addRows(int first, int last) throws Exception {
        for (int n = first; n <= last; n++) {
            api.createdId(officer, "notices", "队列草稿" + n, "<p>正文</p>");
            long revised = api.publish(officer, leader, center, "notices", "队列已发布" + n, "<p>正文</p>");
            // Edited after publication: a draft again, shown with its new title.
            api.update(officer, revised, "队列修改中" + n, "<p>新正文</p>", api.version(officer, revised)).andExpect(status().isOk());
            long withdrawn = api.publish(officer, leader, center, "notices", "队列已撤回" + n, "<p>正文</p>");
            api.act(center, withdrawn, "withdraw", "{\"reason\":\"测试撤回\"}").andExpect(status().isOk());
        }
    }

    private ResultActions queue(String token) throws Exception {
        return mvc.perform(get("/api/v1/articles/queue").header("Authorization", bearer(token)));
    }
}
