package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 社区通知 over JSON: the public reads the live notices, newest first, and nothing else (a draft or a withdrawn one is
 * 404); the community's staff and its township read every notice; the chain is the back office's (officer writes,
 * director approves, township publishes), refusals in the API's one shape.
 */
class CommunityNoticeApiTest extends IntegrationTest {

    private static final String LIST = "/api/v1/communities/dongjie-community/notices";

    private ResultActions as(String who, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (who != null) {
            request = request.header("Authorization", bearer(tokenFor(who)));
        }
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aNoticeGoesThroughTheChainAndIsReadByThePublicOnlyWhenLive() throws Exception {
        // The demo's two live notices are public; its notice waiting for the director is not.
        mvc.perform(get(LIST)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title").value(hasItem("关于开展冬季取暖安全检查的通知")))
                .andExpect(jsonPath("$.items[*].title").value(not(hasItem("关于清理楼道杂物的通知"))))
                .andExpect(jsonPath("$.items[*].state").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("PUBLISHED"))));
        mvc.perform(get(LIST).header("Authorization", bearer(tokenFor("township1"))))
                .andExpect(jsonPath("$.items[*].title").value(hasItem("关于清理楼道杂物的通知")));

        // Every field at once; only the community's officer writes.
        as("community1", post("/api/v1/community-notices"), "{\"community\":\"dongjie-community\",\"title\":\"\",\"body\":\"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.fields.title").exists()).andExpect(jsonPath("$.fields.body").exists());
        as("citizen1", post("/api/v1/community-notices"), "{\"community\":\"dongjie-community\",\"title\":\"停水\",\"body\":\"停水\"}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").exists());
        as("community1", post("/api/v1/community-notices"), "{\"community\":\"nowhere\",\"title\":\"停水\",\"body\":\"停水\"}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));

        String created = as("community1", post("/api/v1/community-notices"), """
                {"community":"dongjie-community","title":"关于东大街停电的通知","body":"本周六 10:00 至 16:00 东大街检修线路停电。"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long version = ((Number) JsonPath.read(created, "$.version")).longValue();
        String one = "/api/v1/community-notices/" + id;
        mvc.perform(get(one)).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get(one).header("Authorization", bearer(tokenFor("township2")))).andExpect(status().isNotFound());
        mvc.perform(get(one).header("Authorization", bearer(tokenFor("communityhead1")))).andExpect(jsonPath("$.title").value("关于东大街停电的通知"));

        as("community1", put(one), "{\"title\":\"关于东大街停电的通知\",\"body\":\"本周六 10:00 至 17:00 东大街检修线路停电。\",\"version\":" + version + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.body").value("本周六 10:00 至 17:00 东大街检修线路停电。"));
        as("community1", put(one), "{\"title\":\"过时\",\"body\":\"过时\",\"version\":" + version + "}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("STALE_VERSION"));

        as("community1", post(one + "/submit"), "{}").andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        as("community1", post(one + "/approve"), "{}").andExpect(status().isForbidden());
        as("communityhead1", post(one + "/approve"), "{}").andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        as("township2", post(one + "/approve"), "{}").andExpect(status().isForbidden());
        mvc.perform(get(one)).andExpect(status().isNotFound());
        as("township1", post(one + "/approve"), "{}").andExpect(jsonPath("$.state").value("PUBLISHED"));

        // Live: the public reads it, first in the list.
        mvc.perform(get(one)).andExpect(status().isOk()).andExpect(jsonPath("$.body").value("本周六 10:00 至 17:00 东大街检修线路停电。"))
                .andExpect(jsonPath("$.communityName").value("东街社区"));
        mvc.perform(get(LIST)).andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get(one + "/history").header("Authorization", bearer(tokenFor("community1"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(4)));
        mvc.perform(get(one + "/history")).andExpect(status().is4xxClientError());

        // Withdrawn with a reason: gone for the public, the reason kept for the community.
        as("communityhead1", post(one + "/withdraw"), "{\"reason\":\"\"}").andExpect(status().isBadRequest());
        as("communityhead1", post(one + "/withdraw"), "{\"reason\":\"检修改期\"}").andExpect(status().isOk());
        mvc.perform(get(one)).andExpect(status().isNotFound());
        mvc.perform(get(LIST)).andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        assertThat(mvc.perform(get(one).header("Authorization", bearer(tokenFor("community1")))).andReturn().getResponse()
                .getContentAsString()).contains("检修改期");
    }
}
