package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.TimeMachine;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Circulars over the API: drafted from a task names the late and the missing units, approved by the center's leader
 * (never by its drafter), issued with the next 文号 (no gaps), signed for by the units, or published in 通知公告.
 */
class CircularTest extends IntegrationTest {

    @Autowired
    TimeMachine time;
    @Autowired
    TestAccounts accounts;

    private TaskApi tasks;
    private String centerLeader;

    @BeforeEach
    void setUp() {
        tasks = new TaskApi(mvc);
        centerLeader = accounts.staff("egov-center", Role.UNIT_LEADER, false);
    }

    @AfterEach
    void backToNow() {
        time.reset();
    }

    private ResultActions call(String who, String method, String path, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method),
                "/api/v1/circulars" + path).header("Authorization", bearer(tokenFor(who)));
        return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long drafted(String who, String from) throws Exception {
        String json = call(who, "POST", "/draft", "{\"from\":" + from + "}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private long approved(String from) throws Exception {
        long id = drafted("center", from);
        call("center", "POST", "/" + id + "/submit", null).andExpect(status().isOk());
        call(centerLeader, "POST", "/" + id + "/approve", null).andExpect(status().isOk()).andExpect(jsonPath("$.stateLabel").value("已审批，待印发"));
        return id;
    }

    private int sequence(String number) {
        return Integer.parseInt(number.replaceAll(".*〕(\\d+)号", "$1"));
    }

    @Test
    void aCircularFromATaskNamesTheMissingUnitIsApprovedIssuedAndSigned() throws Exception {
        long task = tasks.issued(tokenFor("center"), TaskApi.order("通报测试任务", "2026-07-20", "\"market\",\"balikun-zhen\""));
        tasks.act(tokenFor("officer1"), task, "market", "report", "{\"text\":\"已完成\"}").andExpect(status().isOk());
        tasks.act(tokenFor("leader1"), task, "market", "report/approve", null).andExpect(status().isOk());
        tasks.act(tokenFor("center"), task, "market", "report/confirm", null).andExpect(status().isOk());
        time.travelTo(LocalDate.of(2026, 7, 22));
        String missing = jdbc.sql("select name from unit where code = 'balikun-zhen' and site_id = (select site_id from coord_task where id = ?)")
                .param(task).query(String.class).single();

        long id = drafted("center", "{\"task\":\"" + task + "\"}");
        String draft = call("center", "GET", "/" + id, null).andExpect(jsonPath("$.stateLabel").value("草稿"))
                .andExpect(jsonPath("$.title").value(containsString("通报测试任务")))
                .andExpect(jsonPath("$.body").value(containsString("逾期未完成的单位（1 个）：" + missing)))
                .andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(draft, "$.version")).longValue();
        call("center", "PUT", "/" + id, "{\"title\":\"关于通报测试任务完成情况的通报\",\"body\":\"" + missing + "逾期未完成。\\n请立即整改。\",\"version\":" + version + "}")
                .andExpect(status().isOk());
        call("center", "PUT", "/" + id, "{\"title\":\"过时的修改\",\"body\":\"x\",\"version\":" + version + "}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("STALE_VERSION"));
        call("center", "POST", "/" + id + "/issue", "{\"audience\":\"INTERNAL\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_APPROVED"));
        call("center", "POST", "/" + id + "/submit", null).andExpect(status().isOk()).andExpect(jsonPath("$.stateLabel").value("待中心领导审批"));
        call("center", "POST", "/" + id + "/approve", null).andExpect(status().isForbidden());
        call(centerLeader, "POST", "/" + id + "/approve", null).andExpect(status().isOk());

        String issued = call("center", "POST", "/" + id + "/issue", "{\"audience\":\"INTERNAL\",\"units\":[\"balikun-zhen\",\"market\"]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.stateLabel").value("已印发"))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("巴政务通〔2026〕\\d+号")))
                .andExpect(jsonPath("$.recipients.length()").value(2)).andReturn().getResponse().getContentAsString();
        String number = JsonPath.read(issued, "$.number");

        mvc.perform(get("/admin").session(sessionOf("officer2"))).andExpect(content().string(containsString("待签收的通报")));
        call("officer2", "POST", "/" + id + "/sign", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.recipients[0].signedBy").value("officer2"))
                .andExpect(jsonPath("$.recipients.length()").value(1));
        call("center", "GET", "/" + id, null).andExpect(jsonPath("$.recipients[?(@.unit=='market')].signedAt").value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
        call("handler2", "GET", "/" + id, null).andExpect(status().isOk());
        mvc.perform(get("/admin/circulars/" + id + "/print").session(sessionOf("center"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(number))).andExpect(content().string(containsString("关于通报测试任务完成情况的通报")));
        byte[] pdf = mvc.perform(get("/api/v1/circulars/" + id + ".pdf").header("Authorization", bearer(tokenFor("officer2"))))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        call("officer1", "GET", "/" + id, null).andExpect(status().isOk());
        call("center", "PUT", "/" + id, "{\"title\":\"印发后修改\",\"body\":\"x\",\"version\":99}").andExpect(status().is4xxClientError());

        // The next circular takes the next number; a refused issue in between takes none.
        long next = approved("{\"assessment\":\"2026\"}");
        call("center", "POST", "/" + next + "/issue", "{\"audience\":\"INTERNAL\",\"units\":[\"nowhere\"]}").andExpect(status().isBadRequest());
        String second = call("center", "POST", "/" + next + "/issue", "{\"audience\":\"INTERNAL\",\"units\":[\"market\"]}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sequence(JsonPath.read(second, "$.number"))).isEqualTo(sequence(number) + 1);
    }

    @Test
    void aPublicCircularBecomesAnArticleInTheNoticesColumn() throws Exception {
        long id = approved("{\"assessment\":\"2026\"}");
        String issued = call("center", "POST", "/" + id + "/issue", "{\"audience\":\"PUBLIC\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.stateLabel").value("已公开发布")).andReturn().getResponse().getContentAsString();
        long article = ((Number) JsonPath.read(issued, "$.articleId")).longValue();
        String number = JsonPath.read(issued, "$.number");
        assertThat(jdbc.sql("select category from published_article where article_id = ? and document_number = ?").param(article).param(number)
                .query(String.class).single()).isEqualTo("notices");
        mvc.perform(get("/articles/" + article)).andExpect(status().isOk()).andExpect(content().string(containsString("年度绩效考核结果的通报")));
    }

    @Test
    void nobodyApprovesTheCircularTheyDrafted() throws Exception {
        String both = accounts.staff("egov-center", Set.of(Role.CENTER_EDITOR, Role.UNIT_LEADER), false);
        long id = drafted(both, "{\"assessment\":\"2026\"}");
        call(both, "POST", "/" + id + "/submit", null).andExpect(status().isOk());
        call(both, "POST", "/" + id + "/approve", null).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
    }

    @Test
    void draftsNeedASourceThatExists() throws Exception {
        call("center", "POST", "/draft", "{\"from\":{}}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.from").exists());
        call("center", "POST", "/draft", "{\"from\":{\"inspection\":\"999999999\"}}").andExpect(status().isNotFound());
        call("center", "POST", "/draft", "{\"from\":{\"inspection\":\"eins\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.inspection").exists());
        call("center", "POST", "/draft", "{\"from\":{\"supervisionQuarter\":\"2026-3\"}}").andExpect(status().is4xxClientError());
        call("admin", "POST", "/draft", "{\"from\":{\"supervisionQuarter\":\"2026Q3\"}}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("2026年第三季度电子监察情况的通报"));
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("officer1", "draft", 403),
                Arguments.of("leader1", "draft", 403),
                Arguments.of("supervisor", "draft", 403),
                Arguments.of("leader1", "approve", 403),     // a unit's leader, not the center's
                Arguments.of("center", "approve", 403),      // the drafter's own circular
                Arguments.of("officer2", "read", 403),       // a draft is the center's
                Arguments.of("officer2", "sign", 403),
                Arguments.of("citizen1", "list", 403),
                Arguments.of("officer1", "issue", 403));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource
    void wrongPeople(String who, String action, int expected) throws Exception {
        long id = drafted("center", "{\"assessment\":\"2026\"}");
        call("center", "POST", "/" + id + "/submit", null).andExpect(status().isOk());
        (switch (action) {
            case "draft" -> call(who, "POST", "/draft", "{\"from\":{\"assessment\":\"2026\"}}");
            case "approve" -> call(who, "POST", "/" + id + "/approve", null);
            case "read" -> call(who, "GET", "/" + id, null);
            case "sign" -> call(who, "POST", "/" + id + "/sign", null);
            case "issue" -> call(who, "POST", "/" + id + "/issue", "{\"audience\":\"INTERNAL\"}");
            default -> call(who, "GET", "", null);
        }).andExpect(status().is(expected));
        call("center", "GET", "/" + id, null).andExpect(jsonPath("$.stateLabel").value("待中心领导审批"));
    }
}
