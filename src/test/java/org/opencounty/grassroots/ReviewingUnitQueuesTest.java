package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * ADR 0020 in the queues: a village's submission waiting at the second step is listed for its township's reviewer, not
 * for the county center (which may not act on it) nor for another township; the center still sees its departments'.
 */
class ReviewingUnitQueuesTest extends IntegrationTest {

    @Autowired
    private TestAccounts accounts;

    private String token(String unit, Role role) throws Exception {
        return tokenFor(accounts.staff(unit, role, false));
    }

    /** An article of {@code unit} written, submitted and approved by its leader: waiting for the second step. */
    private void waitingAtSecondStep(String unit, String title) throws Exception {
        String officer = token(unit, Role.INFO_OFFICER);
        String created = mvc.perform(post("/api/v1/articles").header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"notices\",\"title\":\"" + title + "\",\"body\":\"<p>正文。</p>\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/articles/" + id + "/submit").header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/articles/" + id + "/approve").header("Authorization", bearer(token(unit, Role.UNIT_LEADER)))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING_CENTER"));
    }

    private List<String> waitingFor(String username) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/articles/queue").header("Authorization", bearer(tokenFor(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.waitingForMe[*].title");
    }

    @Test
    void theCentersArticleQueueListsOnlyWhatTheCenterReviewsAndTheTownshipsListsItsVillages() throws Exception {
        waitingAtSecondStep("yuanlin-cun", "园林村队列测试通知");
        waitingAtSecondStep("market", "市场监管队列测试通知");

        assertThat(waitingFor("center")).contains("市场监管队列测试通知").doesNotContain("园林村队列测试通知");
        assertThat(waitingFor("township1")).contains("园林村队列测试通知").doesNotContain("市场监管队列测试通知");
        assertThat(waitingFor("township2")).doesNotContain("园林村队列测试通知", "市场监管队列测试通知");
    }

    @Test
    void aVillagesProfileWaitsOnItsTownshipsDashboardNotOnTheCenters() throws Exception {
        String unit = "xiheigou-cun";
        String officer = token(unit, Role.INFO_OFFICER);
        long version = ((Number) JsonPath.read(mvc.perform(get("/api/v1/units/" + unit)).andReturn().getResponse().getContentAsString(),
                "$.version")).longValue();
        mvc.perform(put("/api/v1/units/" + unit + "/profile").header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"organisation":"村两委办公室","duties":"负责村民自治。","leaderName":"李长青","address":"巴里坤镇西黑沟村",
                         "phone":"0902-6821250","email":"","officeHours":"工作日","contacts":[],"version":%d}""".formatted(version)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/units/" + unit + "/profile/submit").header("Authorization", bearer(officer))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/units/" + unit + "/profile/approve").header("Authorization", bearer(token(unit, Role.UNIT_LEADER))))
                .andExpect(jsonPath("$.state").value("PENDING_CENTER"));

        String link = "href=\"/admin/units/" + unit + "\"";
        assertThat(dashboard("center")).doesNotContain(link);
        assertThat(dashboard("township1")).contains("待我审核的单位信息").contains(link);
        assertThat(dashboard("township2")).doesNotContain(link);
    }

    private String dashboard(String username) throws Exception {
        return mvc.perform(get("/admin").session(sessionOf(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
