package org.opencounty.content;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.Listeners;
import org.opencounty.TimeMachine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class SchedulingAndPageCacheTest extends IntegrationTest {

    @Autowired
    TimeMachine time;

    @Autowired
    ArticlePublishing publishing;

    private ArticleApi api;

    @BeforeEach
    void setUp() {
        api = new ArticleApi(mvc, jdbc);
    }

    @AfterEach
    void backToNow() {
        time.reset();
    }

    @Test
    void anArticleWithAPublishTimeWaitsForIt() throws Exception {
        String officer = tokenFor("officer1");
        Instant at = Instant.now().plus(Duration.ofHours(2));
        String created = mvc.perform(post("/api/v1/articles").header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"notices\",\"title\":\"定时发布：元旦假期市场值班安排\",\"body\":\"<p>值班安排如下。</p>\",\"publishAt\":\"" + at + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        api.act(officer, id, "submit");
        api.act(tokenFor("leader1"), id, "approve");
        api.act(tokenFor("center"), id, "approve").andExpect(jsonPath("$.state").value("SCHEDULED"));
        publishing.publishDue();
        api.portal("/articles/" + id).andExpect(status().isNotFound());

        time.travel(Duration.ofHours(2).plusMinutes(1));
        publishing.publishDue();
        api.get(officer, id).andExpect(jsonPath("$.state").value("PUBLISHED"));
        api.portal("/articles/" + id).andExpect(status().isOk()).andExpect(content().string(containsString("元旦假期市场值班安排")));
    }

    @Test
    void publicPagesAreServedFromTheCacheUntilSomethingIsPublished() throws Exception {
        mvc.perform(get("/columns/news"));
        var second = mvc.perform(get("/columns/news")).andExpect(status().isOk())
                .andExpect(header().string("X-Page-Cache", "HIT"))
                .andExpect(header().exists("ETag"))
                .andExpect(header().exists("Last-Modified"))
                .andReturn();
        String etag = second.getResponse().getHeader("ETag");
        mvc.perform(get("/columns/news").header("If-None-Match", etag)).andExpect(status().isNotModified());

        api.publish(tokenFor("officer2"), tokenFor("leader2"), tokenFor("center"), "news", "缓存测试：巴里坤镇举办冬季那达慕", "<p>活动内容。</p>");
        Listeners.awaitCompletion(jdbc);
        mvc.perform(get("/columns/news")).andExpect(header().string("X-Page-Cache", "MISS"))
                .andExpect(content().string(containsString("缓存测试：巴里坤镇举办冬季那达慕")));
        mvc.perform(get("/columns/news").header("If-None-Match", etag)).andExpect(status().isOk());
    }

    @Test
    void signedInVisitorsAreNeverServedAnotherPersonsPage() throws Exception {
        mvc.perform(get("/units"));
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user("officer1").password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(get("/units").session(session)).andExpect(header().doesNotExist("X-Page-Cache"))
                .andExpect(content().string(containsString("后台管理")));
        mvc.perform(get("/units")).andExpect(content().string(not(containsString("后台管理"))));
    }
}
