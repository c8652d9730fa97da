package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The annual report over HTTP: the officer writes it from the prefill (stale version → 409, bad cells → 400 beside
 * each field), submits it once table 三 balances (else 422 with the failing columns), the leader approves, the center
 * publishes it to 政府信息公开年报, where the visitor reads it and its print view; the wrong people are refused and
 * change nothing. Each test writes a year of its own, so that none disturbs another.
 */
class AnnualReportApiTest extends IntegrationTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2030);

    @Autowired
    TestAccounts accounts;

    static String content(long version, String requests) {
        return """
                {"version":%d,"overview":"<p>本年度主动公开信息 120 条。</p><script>alert(1)</script>",
                 "active":{"regulationsIssued":0,"regulationsRepealed":0,"regulationsInForce":0,"normativeIssued":2,"normativeRepealed":1,
                           "normativeInForce":5,"licensing":40,"penalties":3,"enforcement":1,"feeIncome":1.25},
                 %s
                 "appeals":{"reconsideration":{"upheld":1,"corrected":0,"other":0,"pending":1,"total":2},
                            "direct":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},
                            "afterReconsideration":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0}},
                 "problems":"政策解读不够丰富。","other":"无。","processingFees":0}""".formatted(version, requests);
    }

    ResultActions write(String who, int year, String json) throws Exception {
        return mvc.perform(put(path(year, "market")).header("Authorization", bearer(tokenFor(who))).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions act(String who, int year, String action) throws Exception {
        return mvc.perform(post(path(year, "market") + "/" + action).header("Authorization", bearer(tokenFor(who)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"请补充数据\"}"));
    }

    String read(String who, int year) throws Exception {
        return mvc.perform(get(path(year, "market")).header("Authorization", bearer(tokenFor(who)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    static String path(int year, String unit) {
        return "/api/v1/annual-reports/" + year + "/units/" + unit;
    }

    /** A report of a year of its own at {@code step}: written, submitted, approved by the leader. */
    int reportAt(String step) throws Exception {
        int year = YEARS.incrementAndGet();
        write("officer1", year, content(0, "")).andExpect(status().isOk());
        if (!step.equals("DRAFT")) {
            act("officer1", year, "submit").andExpect(status().isOk());
        }
        if (step.equals("PENDING_CENTER")) {
            act("leader1", year, "approve").andExpect(status().isOk());
        }
        return year;
    }

    @Test
    void theOfficerWritesTheLeaderApprovesTheCenterPublishesAndTheVisitorReadsIt() throws Exception {
        int year = 2024;
        String fresh = read("officer1", year);
        assertThat((Boolean) JsonPath.read(fresh, "$.exists")).isFalse();
        assertThat((Integer) JsonPath.read(fresh, "$.version")).isZero();
        assertThat((String) JsonPath.read(fresh, "$.dueOn")).isEqualTo("2025-01-31");
        assertThat((Boolean) JsonPath.read(fresh, "$.requestsComputed")).isTrue();

        String written = write("officer1", year, content(0, "")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT")).andExpect(jsonPath("$.active.licensing").value(40))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(written, "$.overview")).contains("120 条").doesNotContain("script");
        int version = JsonPath.read(written, "$.version");
        write("officer1", year, content(0, "")).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("STALE_VERSION"));

        // Bad cells: each named beside its field, nothing written.
        write("officer1", year, content(version, "").replace("\"licensing\":40", "\"licensing\":-1").replace("\"total\":2", "\"total\":3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields['active.licensing']").exists())
                .andExpect(jsonPath("$.fields['appeals.reconsideration']").exists());
        assertThat((Integer) JsonPath.read(read("officer1", year), "$.version")).isEqualTo(version);

        // Table 三 corrected by hand so that 自然人 does not balance: kept as a draft, refused at submission with the column.
        String unbalanced = "\"requests\":{\"rows\":[{\"key\":\"NEW\",\"counts\":[1,0,0,0,0,0,1]}]},";
        version = JsonPath.read(write("officer1", year, content(version, unbalanced)).andExpect(status().isOk())
                .andExpect(jsonPath("$.requestsComputed").value(false)).andReturn().getResponse().getContentAsString(), "$.version");
        act("officer1", year, "submit").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("BALANCE_FAILED"))
                .andExpect(jsonPath("$.failingColumns[0]").value("自然人"));
        assertThat((String) JsonPath.read(read("officer1", year), "$.state")).isEqualTo("DRAFT");

        write("officer1", year, content(version, "")).andExpect(status().isOk());
        act("officer1", year, "submit").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING_LEADER"))
                .andExpect(jsonPath("$.requestsComputed").value(false));
        act("leader1", year, "approve").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        String published = act("center", year, "publish").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andReturn().getResponse().getContentAsString();
        assertThat((Object) JsonPath.read(published, "$.articleId")).isNotNull();
        assertThat((java.util.List<String>) JsonPath.read(published, "$.history[*].action")).contains("create", "submit", "approve", "publish");

        org.opencounty.Listeners.awaitCompletion(jdbc);
        write("officer1", year, content(((Number) JsonPath.read(published, "$.version")).longValue(), "")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_PUBLISHED"));
        String page = mvc.perform(get("/annual-reports/" + year + "/market")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(year + "年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "data-label=\"自然人\"", "行政复议", "print");
        assertThat(mvc.perform(get("/columns/annual-reports")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(year + "年政府信息公开工作年度报告");
        assertThat(mvc.perform(get("/annual-reports/" + year + "/market/print")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains(year + "年政府信息公开工作年度报告", "第二十条第（一）项");
        mvc.perform(get("/annual-reports/" + year + "/market/print.pdf")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void anUnpublishedReportIsNotPublic() throws Exception {
        int year = reportAt("PENDING_CENTER");
        mvc.perform(get("/annual-reports/" + year + "/market")).andExpect(status().isNotFound());
        mvc.perform(get("/annual-reports/" + year + "/market/print")).andExpect(status().isNotFound());
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("officer2", "DRAFT", "write"),          // another unit's officer
                Arguments.of("leader1", "DRAFT", "write"),           // the leader does not write
                Arguments.of("center", "DRAFT", "write"),
                Arguments.of("officer2", "DRAFT", "submit"),
                Arguments.of("leader1", "DRAFT", "submit"),
                Arguments.of("officer1", "PENDING_LEADER", "approve"),  // the writer approves their own report
                Arguments.of("leader2", "PENDING_LEADER", "approve"),   // another unit's leader
                Arguments.of("center", "PENDING_LEADER", "approve"),    // not the center's step
                Arguments.of("handler1", "PENDING_LEADER", "approve"),
                Arguments.of("leader1", "PENDING_CENTER", "publish"),
                Arguments.of("officer1", "PENDING_CENTER", "publish"),
                Arguments.of("supervisor", "PENDING_CENTER", "publish"),
                Arguments.of("leader2", "PENDING_CENTER", "publish"));
    }

    @ParameterizedTest(name = "{0} may not {2} at {1}")
    @MethodSource
    void wrongPeople(String who, String step, String action) throws Exception {
        int year = reportAt(step);
        int version = JsonPath.read(read("officer1", year), "$.version");
        if (action.equals("write")) {
            write(who, year, content(version, "")).andExpect(status().isForbidden());
        } else {
            act(who, year, action).andExpect(status().isForbidden());
        }
        String after = read("officer1", year);
        assertThat((String) JsonPath.read(after, "$.state")).isEqualTo(step);
        assertThat((Integer) JsonPath.read(after, "$.version")).isEqualTo(version);
    }

    @Test
    void nobodyApprovesTheirOwnReport() throws Exception {
        String both = accounts.staff("market", Set.of(Role.INFO_OFFICER, Role.UNIT_LEADER), false);
        int year = YEARS.incrementAndGet();
        write(both, year, content(0, "")).andExpect(status().isOk());
        act(both, year, "submit").andExpect(status().isOk());
        act(both, year, "approve").andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        act("leader1", year, "approve").andExpect(status().isOk());
    }

    @Test
    void anonymousAndOtherUnitsAreRefused() throws Exception {
        int year = reportAt("DRAFT");
        mvc.perform(get(path(year, "market"))).andExpect(status().isUnauthorized());
        mvc.perform(put(path(year, "market")).contentType(MediaType.APPLICATION_JSON).content(content(1, ""))).andExpect(status().isUnauthorized());
        mvc.perform(post(path(year, "market") + "/submit")).andExpect(status().isUnauthorized());
        mvc.perform(get(path(year, "market")).header("Authorization", bearer(tokenFor("officer2")))).andExpect(status().isForbidden());
        mvc.perform(get(path(year, "nowhere")).header("Authorization", bearer(tokenFor("officer1")))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/annual-reports/" + year + "/market").session(sessionOf("officer2"))).andExpect(status().isForbidden());
    }

    @Test
    void theFormShowsEachMistakeBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        int year = YEARS.incrementAndGet();
        var officer = sessionOf("officer1");
        String page = mvc.perform(post("/admin/annual-reports/" + year + "/market").session(officer)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", "0").param("overview", "本年度总体情况").param("active.licensing", "许多")
                        .param("appeals.direct.upheld", "1").param("appeals.direct.total", "0"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("行政许可本年处理决定数量应为整数", "总计应等于", "本年度总体情况");
        assertThat(JsonPath.<String>read(read("officer1", year), "$.state")).isEqualTo("NONE");
        mvc.perform(post("/admin/annual-reports/" + year + "/market").session(officer)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", "0").param("overview", "本年度总体情况").param("problems", "问题"))
                .andExpect(status().is3xxRedirection());
        assertThat(JsonPath.<String>read(read("officer1", year), "$.state")).isEqualTo("DRAFT");
    }

    @Test
    void aReportIsCompleteWithItsOverviewAndProblems() throws Exception {
        int year = YEARS.incrementAndGet();
        write("officer1", year, content(0, "").replace("政策解读不够丰富。", "")).andExpect(status().isOk());
        act("officer1", year, "submit").andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.problems").exists());
    }

    @Test
    void theDemoPublishedTwoReportsAndTheCountysIsBeingWritten() throws Exception {
        assertThat(jdbc.sql("select count(*) from annual_report where state = 'PUBLISHED' and article_id is not null").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select r.state from annual_report r join unit u on u.id = r.unit_id where u.code = 'county'").query(String.class).list())
                .contains("DRAFT");
    }
}
