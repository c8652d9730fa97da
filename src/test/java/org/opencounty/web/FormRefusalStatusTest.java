package org.opencounty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A back-office form that refuses answers the form again, as typed, with the Chinese message and the status that fits
 * the refusal, as the API does: 400 invalid, 403 not allowed, 409 stale, 422 screening or incomplete. They answered
 * 200 before, so that nothing but the words on the page told a client (or a test) that nothing was saved.
 */
class FormRefusalStatusTest extends IntegrationTest {

    private record Refusal(String who, MockHttpServletRequestBuilder request, int status, String message) {
    }

    @Test
    void eachRefusalAnswersItsStatusWithTheFormAndItsMessage() throws Exception {
        String officer = tokenFor("officer1");
        long article = created(mvc.perform(post("/api/v1/articles").header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\":\"notices\",\"title\":\"状态码测试\",\"body\":\"<p>正文。</p>\"}")).andReturn().getResponse());
        long blocked = created(mvc.perform(post("/api/v1/articles").header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\":\"notices\",\"title\":\"状态码测试二\",\"body\":\"<p>机密★1年</p>\"}")).andReturn().getResponse());
        long guide = created(mvc.perform(post("/api/v1/service-items").header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"状态码测试事项","type":"01","target":"BOTH","handlingSection":"行政审批股",
                         "conditions":["有固定的经营场所"],"statutoryLimitDays":20,"promisedLimitDays":5,"free":true,
                         "materials":[{"name":"申请书","form":"ORIGINAL","medium":"PAPER","copies":1,"required":true}]}""")).andReturn().getResponse());

        Refusal[] refusals = {
                new Refusal("admin", post("/admin/screening").param("term", "").param("category", "测试"), 400, "请填写词语"),
                new Refusal("officer1", post("/admin/articles").param("category", "notices").param("title", "")
                        .param("body", "<p>已输入的正文</p>"), 400, "请填写标题"),
                new Refusal("officer1", post("/admin/articles/" + article + "/edit").param("category", "notices")
                        .param("title", "过期的修改").param("body", "<p>正文。</p>").param("version", "-1"), 409, "过期的修改"),
                new Refusal("leader1", post("/admin/articles/" + article + "/submit"), 403, "状态码测试"),
                new Refusal("officer1", post("/admin/articles/" + blocked + "/submit"), 422, "含有密级标志"),
                new Refusal("officer1", post("/admin/catalogue/entries/" + guide + "/submit"), 422, "办事指南要素不全"),
                new Refusal("officer1", post("/admin/catalogue/entries/" + guide + "/approve"), 403, "状态码测试事项"),
                new Refusal("center", post("/admin/scenarios").param("name", "").param("audience", "NATURAL"), 400, "请填写场景名称"),
        };
        for (Refusal refusal : refusals) {
            MockHttpSession session = sessionOf(refusal.who());
            MockHttpServletResponse response = mvc.perform(refusal.request().session(session).with(csrf())).andReturn().getResponse();
            String what = refusal.who() + " " + refusal.request().buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
            assertThat(response.getStatus()).as(what).isEqualTo(refusal.status());
            assertThat(response.getContentAsString()).as(what).contains(refusal.message()).contains("<form");
        }
    }

    private static long created(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(201);
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }
}
