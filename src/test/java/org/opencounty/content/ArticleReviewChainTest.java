package org.opencounty.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The review chain through the API: who may do what at each step, and what the public sees. */
class ArticleReviewChainTest extends IntegrationTest {

    private ArticleApi api;

    @BeforeEach
    void setUp() {
        api = new ArticleApi(mvc, jdbc);
    }

    @Test
    void anArticleGoesFromOfficerThroughLeaderAndCenterToThePortal() throws Exception {
        String officer = tokenFor("officer1");
        String leader = tokenFor("leader1");
        String center = tokenFor("center");
        api.create(officer, "notices", "关于开展食品安全专项检查的公告", "<p>即日起开展为期一个月的食品安全专项检查。</p><script>alert(1)</script>")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.unitCode").value("market"))
                .andExpect(jsonPath("$.indexNumber").doesNotExist())
                .andExpect(jsonPath("$.body").value("<p>即日起开展为期一个月的食品安全专项检查。</p>"));
        long id = api.createdId(officer, "notices", "关于开展农贸市场秤具检定的通知", "<p>请各经营户于本月底前送检秤具。</p>");

        api.act(officer, id, "submit").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        api.portal("/articles/" + id).andExpect(status().isNotFound());
        api.act(leader, id, "approve").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        api.act(center, id, "approve").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.publicUrl").value("/articles/" + id))
                .andExpect(jsonPath("$.indexNumber").value(org.hamcrest.Matchers.matchesPattern("market-notices-\\d{4}-\\d{5}")))
                .andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.contains("create", "submit", "approve", "approve")));

        api.portal("/articles/" + id).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于开展农贸市场秤具检定的通知")))
                .andExpect(content().string(containsString("<meta name=\"ArticleTitle\" content=\"关于开展农贸市场秤具检定的通知\">")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*<meta name=\"PubDate\" content=\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\">.*")))
                .andExpect(content().string(containsString("<meta name=\"ContentSource\"")))
                .andExpect(content().string(containsString("<meta name=\"ColumnName\" content=\"公告通知\">")));
        api.portal("/columns/notices").andExpect(content().string(containsString("关于开展农贸市场秤具检定的通知")));
        api.portal("/units/market/catalogue").andExpect(content().string(containsString("关于开展农贸市场秤具检定的通知")));
        api.portal("/columns/notices/feed.atom").andExpect(content().string(containsString("<title>关于开展农贸市场秤具检定的通知</title>")));
    }

    @Test
    void eitherReviewerReturnsWithAReasonAndTheOfficerResubmits() throws Exception {
        String officer = tokenFor("officer2");
        String leader = tokenFor("leader2");
        long id = api.createdId(officer, "news", "巴里坤镇开展冬季供暖安全检查", "<p>镇政府组织对辖区供暖设施进行检查。</p>");
        api.act(officer, id, "submit");
        api.act(leader, id, "return").andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.reason").exists());
        api.act(leader, id, "return", "{\"reason\":\"请补充检查的时间和范围\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.history[-1].reason").value("请补充检查的时间和范围"));
        api.update(officer, id, "巴里坤镇开展冬季供暖安全检查", "<p>11月20日至25日，镇政府对辖区12个小区供暖设施进行检查。</p>",
                api.version(officer, id)).andExpect(status().isOk());
        api.act(officer, id, "submit").andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        api.act(leader, id, "approve");
        api.act(tokenFor("center"), id, "return", "{\"reason\":\"标题请注明年份\"}").andExpect(jsonPath("$.state").value("RETURNED"));
    }

    static Stream<Arguments> forbiddenSteps() {
        return Stream.of(
                // who,       step at which they act,  action,   expected status, code
                Arguments.of("officer2", "PENDING_LEADER", "approve", 403, "FORBIDDEN"),      // another unit's officer
                Arguments.of("leader2", "PENDING_LEADER", "approve", 403, "FORBIDDEN"),       // another unit's leader
                Arguments.of("officer1", "PENDING_LEADER", "approve", 403, "FORBIDDEN"),      // wrong role
                Arguments.of("center", "PENDING_LEADER", "approve", 403, "FORBIDDEN"),        // the center comes second
                Arguments.of("leader1", "PENDING_CENTER", "approve", 403, "FORBIDDEN"),       // the leader already approved
                Arguments.of("supervisor", "PENDING_CENTER", "approve", 403, "FORBIDDEN"),
                Arguments.of("handler1", "PENDING_LEADER", "return", 403, "FORBIDDEN"),
                Arguments.of("leader1", "DRAFT", "approve", 409, "INVALID_STATE"),            // nothing to approve yet
                Arguments.of("officer2", "DRAFT", "submit", 403, "FORBIDDEN"),                // another unit's draft
                Arguments.of("leader1", "DRAFT", "submit", 403, "FORBIDDEN"),
                Arguments.of("officer1", "PENDING_LEADER", "submit", 409, "INVALID_STATE"),
                Arguments.of("officer1", "PUBLISHED", "withdraw", 403, "FORBIDDEN"),
                Arguments.of("leader2", "PUBLISHED", "withdraw", 403, "FORBIDDEN"));
    }

    @ParameterizedTest(name = "{0} may not {2} at {1}")
    @MethodSource("forbiddenSteps")
    void theWrongPersonOrTheWrongStepIsRefusedAndChangesNothing(String who, String step, String action, int expected, String code)
            throws Exception {
        long id = articleAt(step);
        String stateBefore = com.jayway.jsonpath.JsonPath.read(api.get(tokenFor("officer1"), id).andReturn().getResponse().getContentAsString(), "$.state");
        api.act(tokenFor(who), id, action, "{\"reason\":\"测试\"}")
                .andExpect(status().is(expected))
                .andExpect(jsonPath("$.code").value(code));
        api.get(tokenFor("officer1"), id).andExpect(jsonPath("$.state").value(stateBefore));
    }

    @Test
    void nobodyApprovesTheirOwnRevision() throws Exception {
        // An account that is both information officer and leader of its unit writes and submits.
        String both = testAccountsBoth();
        long id = api.createdId(both, "news", "自己审核自己的信息", "<p>内容</p>");
        api.act(both, id, "submit").andExpect(status().isOk());
        api.act(both, id, "approve").andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        api.act(tokenFor("leader1"), id, "approve").andExpect(status().isOk());
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerTextStays() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "notices", "版本冲突测试", "<p>第一稿</p>");
        long version = api.version(officer, id);
        api.update(officer, id, "版本冲突测试", "<p>第二稿</p>", version).andExpect(status().isOk());
        api.update(officer, id, "版本冲突测试", "<p>过时的稿件</p>", version)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"));
        api.get(officer, id).andExpect(jsonPath("$.body").value("<p>第二稿</p>"));
    }

    @Test
    void editingAPublishedArticleKeepsTheLiveVersionUntilTheNewOneIsApproved() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.publish(officer, tokenFor("leader1"), tokenFor("center"), "notices", "农贸市场营业时间调整公告", "<p>营业时间为10:00至20:00。</p>");
        api.update(officer, id, "农贸市场营业时间调整公告", "<p>营业时间为09:30至20:30。</p>", api.version(officer, id))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.publicUrl").value("/articles/" + id));
        api.portal("/articles/" + id).andExpect(content().string(containsString("10:00至20:00")));
        api.act(officer, id, "submit");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/articles/" + id + "/diff")
                        .header("Authorization", bearer(tokenFor("leader1"))))
                .andExpect(jsonPath("$[?(@.kind == 'REMOVED')].text").value(org.hamcrest.Matchers.hasItem("营业时间为10:00至20:00。")))
                .andExpect(jsonPath("$[?(@.kind == 'ADDED')].text").value(org.hamcrest.Matchers.hasItem("营业时间为09:30至20:30。")));
        api.act(tokenFor("leader1"), id, "approve");
        api.act(tokenFor("center"), id, "approve").andExpect(jsonPath("$.state").value("PUBLISHED"));
        api.portal("/articles/" + id).andExpect(content().string(containsString("09:30至20:30")))
                .andExpect(content().string(not(containsString("10:00至20:00"))));
        assertThat(jdbc.sql("select count(*) from article_revision where article_id = :id").param("id", id).query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void withdrawalRemovesTheArticleFromPortalListsFeedsAndSearchAtOnce() throws Exception {
        long id = api.publish(tokenFor("officer1"), tokenFor("leader1"), tokenFor("center"), "notices",
                "撤回测试：关于牦牛交易市场临时迁址的通知", "<p>牦牛交易市场临时迁至城东。</p>");
        api.portal("/articles/" + id).andExpect(status().isOk());
        api.portal("/search?q=牦牛交易市场").andExpect(content().string(containsString("/articles/" + id)));

        api.act(tokenFor("center"), id, "withdraw").andExpect(status().isBadRequest());
        api.act(tokenFor("center"), id, "withdraw", "{\"reason\":\"迁址计划取消\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"))
                .andExpect(jsonPath("$.publicUrl").doesNotExist());

        api.portal("/articles/" + id).andExpect(status().isNotFound());
        api.portal("/columns/notices").andExpect(content().string(not(containsString("撤回测试"))));
        api.portal("/units/market/catalogue").andExpect(content().string(not(containsString("撤回测试"))));
        api.portal("/columns/notices/feed.atom").andExpect(content().string(not(containsString("撤回测试"))));
        api.portal("/search?q=牦牛交易市场").andExpect(content().string(not(containsString("/articles/" + id))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/search").param("q", "牦牛交易市场"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Autowired
    private org.opencounty.TestAccounts testAccounts;

    private String testAccountsBoth() throws Exception {
        String username = testAccounts.staff("market", org.opencounty.common.Role.INFO_OFFICER, false);
        jdbc.sql("insert into account_role (account_id, role) select id, 'UNIT_LEADER' from account where username = :u").param("u", username).update();
        return tokenFor(username);
    }

    /** An article of 县市场监督管理局 brought to the given state by the right people. */
    private long articleAt(String state) throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "notices", "状态 " + state + " 的测试信息", "<p>测试内容</p>");
        if (state.equals("DRAFT")) {
            return id;
        }
        api.act(officer, id, "submit");
        if (state.equals("PENDING_LEADER")) {
            return id;
        }
        api.act(tokenFor("leader1"), id, "approve");
        if (state.equals("PENDING_CENTER")) {
            return id;
        }
        api.act(tokenFor("center"), id, "approve");
        return id;
    }
}
