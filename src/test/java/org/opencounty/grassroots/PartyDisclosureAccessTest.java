package org.opencounty.grassroots;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 党务公开 over HTTP (issue 14): 提出 → 审核 → 审批 → 实施 through the chain; a 党内公开 item is read by the branch's
 * members and staff only — anonymous visitors, citizens, staff of another branch and of the village above it are told
 * it does not exist; a 公示 takes objections while it runs, their contacts kept for the branch.
 */
class PartyDisclosureAccessTest extends IntegrationTest {

    private static final String BRANCH = "donghu-cun-party";

    @Autowired
    private TestAccounts accounts;

    private long published(String body) throws Exception {
        String json = send(tokenFor("party1"), post("/api/v1/party-disclosures"), body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT")).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        step("party1", id, "submit").andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        step("partyhead1", id, "approve").andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        step("center", id, "approve").andExpect(status().isForbidden());
        step("township1", id, "approve").andExpect(jsonPath("$.state").value("PUBLISHED"));
        return id;
    }

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("anonymous", null, false),
                Arguments.of("a citizen", "citizen1", false),
                Arguments.of("staff of another branch", "yuanlin-cun-party:" + Role.INFO_OFFICER, false),
                Arguments.of("the village's officer above the branch", "village1", false),
                Arguments.of("a member of another branch", "yuanlin-cun-party:" + Role.PARTY_MEMBER, false),
                Arguments.of("a member of the branch", "member1", true),
                Arguments.of("the branch's officer", "party1", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void anInternalItemIsReadOnlyByTheBranch(String who, String username, boolean reads) throws Exception {
        long id = internalItem();
        String token = username == null ? null : tokenFor(username.contains(":")
                ? accounts.staff(username.substring(0, username.indexOf(':')), Role.valueOf(username.substring(username.indexOf(':') + 1)), false)
                : username);
        read(token, "/api/v1/party-disclosures/" + id).andExpect(status().is(reads ? 200 : 404));
        read(token, "/api/v1/party-disclosures?organisation=" + BRANCH)
                .andExpect(jsonPath("$.items[*].id").value(reads ? hasItem((int) id) : not(hasItem((int) id))));
        read(token, "/api/v1/party-disclosures").andExpect(content().string(reads ? containsString("党内测试事项") : not(containsString("党内测试事项"))));
    }

    private static Long internal;

    private long internalItem() throws Exception {
        if (internal == null) {
            internal = published("""
                    {"organisation":"%s","category":"DUES","visibility":"INTERNAL","title":"党内测试事项：党费收缴","body":"本季度党费收缴情况。"}
                    """.formatted(BRANCH));
        }
        return internal;
    }

    @Test
    void anAnnouncementTakesObjectionsWhileItRunsAndKeepsTheObjectorsContactForTheBranch() throws Exception {
        send(tokenFor("party1"), post("/api/v1/party-disclosures"), """
                {"organisation":"%s","category":"NEW_MEMBERS","visibility":"PUBLIC","title":"发展对象公示","body":"拟确定某某为发展对象。",
                 "announcement":true,"startsOn":"2026-07-14","endsOn":"2026-07-10"}""".formatted(BRANCH))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.endsOn").value(containsString("不能早于")));
        long id = published("""
                {"organisation":"%s","category":"NEW_MEMBERS","visibility":"PUBLIC","title":"关于确定王某为发展对象的公示","body":"拟确定王某为发展对象。",
                 "announcement":true,"startsOn":"2026-07-13"}""".formatted(BRANCH));
        mvc.perform(get("/api/v1/party-disclosures/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.endsOn").value("2026-07-17"))
                .andExpect(jsonPath("$.announcementLabel").value("公示中"))
                .andExpect(jsonPath("$.objections").doesNotExist());

        mvc.perform(post("/api/v1/announcements/" + id + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"李某\",\"contact\":\"\",\"objection\":\"该同志长期不在村里居住。\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.contact").exists());
        mvc.perform(post("/api/v1/announcements/" + id + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"李某\",\"contact\":\"13899990000\",\"objection\":\"该同志长期不在村里居住。\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/party-disclosures/" + id)).andExpect(content().string(not(containsString("13899990000"))));
        mvc.perform(get("/api/v1/announcements/" + id + "/objections")).andExpect(status().isUnauthorized());
        read(tokenFor("member1"), "/api/v1/announcements/" + id + "/objections").andExpect(status().isForbidden());
        read(tokenFor("village1"), "/api/v1/announcements/" + id + "/objections").andExpect(status().isForbidden());
        read(tokenFor("party1"), "/api/v1/announcements/" + id + "/objections")
                .andExpect(jsonPath("$.items[0].contact").value("13899990000"));

        long ended = published("""
                {"organisation":"%s","category":"NEW_MEMBERS","visibility":"PUBLIC","title":"已期满的公示","body":"公示内容。",
                 "announcement":true,"startsOn":"2026-07-01","endsOn":"2026-07-05"}""".formatted(BRANCH));
        mvc.perform(get("/api/v1/party-disclosures/" + ended)).andExpect(jsonPath("$.announcementLabel").value("公示期满"));
        mvc.perform(post("/api/v1/announcements/" + ended + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"李某\",\"contact\":\"13899990000\",\"objection\":\"迟到的异议内容。\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("NOT_OPEN"));
    }

    @Test
    void onlyTheBranchsOfficerProposesAndClassifiedMarkingsAreStoppedAtSubmission() throws Exception {
        send(tokenFor("village1"), post("/api/v1/party-disclosures"), """
                {"organisation":"%s","category":"MEETINGS","visibility":"PUBLIC","title":"主题党日","body":"活动记录。"}""".formatted(BRANCH))
                .andExpect(status().isForbidden());
        String json = send(tokenFor("party1"), post("/api/v1/party-disclosures"), """
                {"organisation":"%s","category":"MEETINGS","visibility":"INTERNAL","title":"支委会记录","body":"机密★1年 会议内容。"}""".formatted(BRANCH))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        step("party1", id, "submit").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"));
    }

    private ResultActions step(String username, long id, String action) throws Exception {
        return send(tokenFor(username), post("/api/v1/party-disclosures/" + id + "/" + action), "{}");
    }

    private ResultActions read(String token, String path) throws Exception {
        var request = get(path);
        return mvc.perform(token == null ? request : request.header("Authorization", bearer(token)));
    }

    private ResultActions send(String token, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String body) throws Exception {
        return mvc.perform(request.header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
