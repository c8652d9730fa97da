package org.opencounty.review;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 16.8: an administrator may give one person both UNIT_LEADER and CENTER_EDITOR; that person approves one
 * step of a submission, never both. For every kind that goes through the review chain: articles, service guides,
 * unit profiles.
 */
class SecondStepNeedsAnotherPersonTest extends IntegrationTest {

    @Autowired
    private TestAccounts accounts;

    @Test
    void anArticleApprovedByTheLeaderNeedsAnotherPersonAtTheCenter() throws Exception {
        String officer = tokenFor("officer1");
        String both = tokenFor(accounts.staff(unitOf("officer1"), Set.of(Role.UNIT_LEADER, Role.CENTER_EDITOR), false));
        long id = id(call(officer, "/api/v1/articles", """
                {"category":"news","title":"两步审核须由两人完成","body":"<p>正文。</p>"}""").andExpect(status().isCreated()));
        call(officer, "/api/v1/articles/" + id + "/submit", "{}").andExpect(jsonPath("$.state").value("PENDING_LEADER"));

        call(both, "/api/v1/articles/" + id + "/approve", "{}").andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        call(both, "/api/v1/articles/" + id + "/approve", "{}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SAME_REVIEWER"));
        call(tokenFor("center"), "/api/v1/articles/" + id + "/approve", "{}").andExpect(jsonPath("$.state").value("PUBLISHED"));
    }

    @Test
    void aServiceGuideApprovedByTheLeaderNeedsAnotherPersonAtTheCenter() throws Exception {
        String officer = tokenFor("officer1");
        String both = tokenFor(accounts.staff(unitOf("officer1"), Set.of(Role.UNIT_LEADER, Role.CENTER_EDITOR), false));
        long id = id(call(officer, "/api/v1/service-items", GUIDE).andExpect(status().isCreated()));
        call(officer, "/api/v1/service-items/" + id + "/submit", "{}").andExpect(jsonPath("$.state").value("PENDING_LEADER"));

        call(both, "/api/v1/service-items/" + id + "/approve", "{}").andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        call(both, "/api/v1/service-items/" + id + "/approve", "{}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SAME_REVIEWER"));
        call(tokenFor("center"), "/api/v1/service-items/" + id + "/approve", "{}").andExpect(jsonPath("$.state").value("PUBLISHED"));
    }

    @Test
    void aUnitProfileApprovedByTheLeaderNeedsAnotherPersonAtTheCenter() throws Exception {
        String unit = "xialaoba-xiang";
        String officer = tokenFor(accounts.staff(unit, Role.INFO_OFFICER, false));
        String both = tokenFor(accounts.staff(unit, Set.of(Role.UNIT_LEADER, Role.CENTER_EDITOR), false));
        long version = ((Number) JsonPath.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/units/" + unit)).andReturn().getResponse().getContentAsString(), "$.version")).longValue();
        mvc.perform(put("/api/v1/units/" + unit + "/profile").header("Authorization", bearer(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"organisation":"综合办公室","duties":"负责乡政务公开。","leaderName":"张三","address":"下涝坝乡政府大院",
                                 "phone":"0902-6820000","email":"office@balikun.gov.cn","officeHours":"工作日 10:00-19:30",
                                 "contacts":[{"role":"PRINCIPAL_LEADER","name":"张三","post":"乡长","phone":"18999680000","email":""}],
                                 "version":%d}""".formatted(version)))
                .andExpect(status().isOk());
        String path = "/api/v1/units/" + unit + "/profile/";
        call(officer, path + "submit", "{}").andExpect(jsonPath("$.state").value("PENDING_LEADER"));

        call(both, path + "approve", "{}").andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        call(both, path + "approve", "{}").andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SAME_REVIEWER"));
        call(tokenFor("center"), path + "approve", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PUBLISHED"));
    }

    private String unitOf(String username) {
        return jdbc.sql("select u.code from account a join unit u on u.id = a.unit_id where a.username = :u")
                .param("u", username).query(String.class).single();
    }

    private ResultActions call(String token, String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private static final String GUIDE = """
            {"name":"两步审核测试事项","type":"01","target":"BOTH","handlingSection":"行政审批股",
             "legalBasis":[{"title":"《中华人民共和国行政许可法》","article":"第二十九条","text":"申请人提出申请"}],
             "conditions":["有固定的经营场所","法律、法规规定的其他条件"],"statutoryLimitDays":20,"promisedLimitDays":5,"free":true,
             "materials":[{"name":"申请书","form":"ORIGINAL","medium":"PAPER","copies":1,"required":true}],
             "procedure":[{"name":"受理","handler":"窗口","limitDays":1},{"name":"决定","handler":"股长","limitDays":1}],
             "location":"县政务服务中心","officeHours":"工作日 10:00-14:00","phone":"0902-6821234","handlingForms":["WINDOW"],"onlineApplication":false}""";
}
