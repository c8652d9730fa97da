package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The township marks its village 财务往来较多 on its page, which makes the village's finance due monthly instead of
 * quarterly (on the test clock, 2026-07-14: June is late where only the second quarter was published); only its own
 * township (or the center's administrator) may, and each change and refusal is audited. A published disclosure is taken
 * down by the village's director with a reason kept in its history; one still in review is not "withdrawn" (the chain
 * returns it instead).
 */
class VillageTimingAndWithdrawalTest extends IntegrationTest {

    private static final String FINANCE = "$.categories[?(@.category == 'FINANCE')]";

    private ResultActions timeliness() throws Exception {
        return mvc.perform(get("/api/v1/villages/dahe-cun/timeliness")).andExpect(status().isOk());
    }

    private int set(String username, boolean busy) throws Exception {
        return mvc.perform(post("/admin/villages/dahe-cun").session(sessionOf(username)).with(csrf()).param("busyFinance", Boolean.toString(busy)))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void theTownshipsMarkMakesAVillagesFinanceMonthlyAndOnlyItsTownshipMaySetIt() throws Exception {
        timeliness().andExpect(jsonPath(FINANCE + ".status").value(hasItem("UP_TO_DATE")))
                .andExpect(jsonPath("$.busyFinance").value(false));
        mvc.perform(get("/admin/villages/dahe-cun").session(sessionOf("township2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("财务往来较多，每月公开")));
        mvc.perform(get("/admin/villages").session(sessionOf("township2"))).andExpect(content().string(containsString("大河村")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("东湖村"))));
        mvc.perform(get("/admin/villages/dahe-cun").session(sessionOf("township1"))).andExpect(status().isForbidden());

        assertThat(set("township1", true)).isEqualTo(403);
        assertThat(set("village1", true)).isEqualTo(403);
        timeliness().andExpect(jsonPath("$.busyFinance").value(false));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'village.setting' and target = 'unit:dahe-cun' and result = 'DENIED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        try {
            assertThat(set("township2", true)).isEqualTo(302);
            timeliness().andExpect(jsonPath("$.busyFinance").value(true))
                    .andExpect(jsonPath(FINANCE + ".status").value(hasItem("LATE")))
                    .andExpect(jsonPath(FINANCE + ".period").value(hasItem("2026-06")))
                    .andExpect(jsonPath("$.late").value(true));
            assertThat(jdbc.sql("select details from audit_entry where action = 'village.setting' and target = 'unit:dahe-cun'"
                    + " and actor = 'township2' and result = 'SUCCESS' order by id desc limit 1").query(String.class).single())
                    .contains("财务往来较多");
        } finally {
            assertThat(set("township2", false)).isEqualTo(302);
        }
        timeliness().andExpect(jsonPath(FINANCE + ".status").value(hasItem("UP_TO_DATE")));
    }

    private ResultActions api(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", bearer(tokenFor(username))).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theDirectorWithdrawsAPublishedDisclosureWithAReasonKeptInItsHistory() throws Exception {
        String created = api("village1", "/api/v1/village-disclosures", """
                {"village":"donghu-cun","category":"OTHER","period":"2026-07-13","title":"东湖村撤回测试公开","body":"村委会会议室维修完毕。"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String base = "/api/v1/village-disclosures/" + id;
        api("village1", base + "/submit", "{}").andExpect(status().isOk());
        // Before approval there is nothing public to withdraw: the chain returns a revision in review instead.
        api("villagehead1", base + "/withdraw", "{\"reason\":\"写错了\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_STATE"));
        api("villagehead1", base + "/approve", "{}").andExpect(status().isOk());
        api("township1", base + "/approve", "{}").andExpect(jsonPath("$.state").value("PUBLISHED"));
        mvc.perform(get("/village-disclosures/" + id)).andExpect(status().isOk());

        String admin = "/admin/village-disclosures/" + id;
        mvc.perform(get(admin).session(sessionOf("villagehead1"))).andExpect(content().string(containsString("撤回已发布内容")));
        mvc.perform(get(admin).session(sessionOf("village1"))).andExpect(content().string(org.hamcrest.Matchers.not(containsString("撤回已发布内容"))));
        assertThat(mvc.perform(post(admin + "/withdraw").session(sessionOf("village1")).with(csrf()).param("reason", "信息员不能撤回"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(admin + "/withdraw").session(sessionOf("villagehead1")).with(csrf()).param("reason", ""))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        mvc.perform(post(admin + "/withdraw").session(sessionOf("villagehead1")).with(csrf()).param("reason", "会议室尚未验收，暂不公开"))
                .andExpect(status().isFound());

        mvc.perform(get("/village-disclosures/" + id)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/history").header("Authorization", bearer(tokenFor("village1"))))
                .andExpect(jsonPath("$[-1].action").value("withdraw"))
                .andExpect(jsonPath("$[-1].reason").value("会议室尚未验收，暂不公开"));
    }

    @Test
    void theOfficerEditsADraftOnItsPageFromTheVersionReadAndNotOnceItIsInReview() throws Exception {
        String created = api("village1", "/api/v1/village-disclosures", """
                {"village":"donghu-cun","category":"OTHER","period":"2026-07-12","title":"东湖村修改测试公开","body":"第一稿。"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long version = ((Number) JsonPath.read(created, "$.version")).longValue();
        String edit = "/admin/village-disclosures/" + id + "/edit";
        var officer = sessionOf("village1");
        mvc.perform(get(edit).session(officer)).andExpect(status().isOk()).andExpect(content().string(containsString("第一稿。")));
        mvc.perform(get(edit).session(sessionOf("villagehead1"))).andExpect(status().isForbidden());

        mvc.perform(post(edit).session(officer).with(csrf()).param("category", "OTHER").param("period", "2026-07-12")
                .param("title", "东湖村修改测试公开").param("body", "第二稿。").param("version", Long.toString(version)))
                .andExpect(status().isFound());
        mvc.perform(post(edit).session(officer).with(csrf()).param("category", "OTHER").param("period", "2026-07-12")
                        .param("title", "东湖村修改测试公开").param("body", "过时的第三稿。").param("version", Long.toString(version)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("过时的第三稿。")));
        long current = ((Number) JsonPath.read(mvc.perform(get("/api/v1/village-disclosures/" + id)
                .header("Authorization", bearer(tokenFor("village1")))).andReturn().getResponse().getContentAsString(), "$.version")).longValue();
        mvc.perform(post(edit).session(officer).with(csrf()).param("category", "OTHER").param("period", "2099-01-01")
                        .param("title", "东湖村修改测试公开").param("body", "未来的日期。").param("version", Long.toString(current)))
                .andExpect(status().isBadRequest());
        api("village1", "/api/v1/village-disclosures/" + id + "/submit", "{}").andExpect(jsonPath("$.body").value("第二稿。"));
        mvc.perform(get(edit).session(officer)).andExpect(status().isForbidden());
    }
}
