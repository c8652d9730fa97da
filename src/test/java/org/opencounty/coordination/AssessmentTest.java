package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The assessment over the API: an overdue task is a deduction with a link to it, adjustments need a reason and show
 * to the unit, the unit sees only its own score until the ranking is published, a closed year is a snapshot that
 * later facts do not change, and only the center's administrator closes and publishes.
 */
class AssessmentTest extends IntegrationTest {

    @Autowired
    TimeMachine time;

    private TaskApi tasks;

    @BeforeEach
    void api() {
        tasks = new TaskApi(mvc);
    }

    @AfterEach
    void backToNow() {
        time.reset();
    }

    private ResultActions score(String who, int year, String unit) throws Exception {
        return mvc.perform(get("/api/v1/assessment/" + year + "/units/" + unit).header("Authorization", bearer(tokenFor(who))));
    }

    private ResultActions post(String who, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/assessment" + path)
                .header("Authorization", bearer(tokenFor(who))).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long indicator(int year, String rule) throws Exception {
        String json = mvc.perform(get("/api/v1/assessment/" + year + "/scheme").header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(json, "$[?(@.rule=='" + rule + "')].id").getFirst()).longValue();
    }

    @Test
    void anOverdueTaskIsADeductionWithALinkToTheTask() throws Exception {
        long id = tasks.issued(tokenFor("center"), TaskApi.order("考核扣分测试", "2026-07-15", "\"balikun-zhen\""));
        score("officer2", 2026, "balikun-zhen").andExpect(status().isOk())
                .andExpect(jsonPath("$.deductions[?(@.source.id==" + id + ")]").isEmpty());
        time.travelTo(LocalDate.of(2026, 7, 16));
        score("officer2", 2026, "balikun-zhen").andExpect(status().isOk())
                .andExpect(jsonPath("$.deductions[?(@.source.id==" + id + ")].points").value(-5.0))
                .andExpect(jsonPath("$.deductions[?(@.source.id==" + id + ")].source.type").value("task"))
                .andExpect(jsonPath("$.deductions[?(@.source.id==" + id + ")].source.url").value("/admin/tasks/" + id + "/units/balikun-zhen"));
        mvc.perform(get("/admin/assessment/2026/units/balikun-zhen").session(sessionOf("leader2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/tasks/" + id + "/units/balikun-zhen")));
    }

    @Test
    void anAdjustmentNeedsAReasonAndTheUnitReadsIt() throws Exception {
        long bonus = indicator(2026, "BONUS");
        post("supervisor", "/2026/units/market/adjustments", "{\"indicator\":\"" + bonus + "\",\"points\":\"3\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.reason").exists());
        post("supervisor", "/2026/units/market/adjustments", "{\"indicator\":\"" + bonus + "\",\"points\":\"3\",\"reason\":\"   \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.reason").exists());
        post("supervisor", "/2026/units/market/adjustments", "{\"indicator\":\"" + bonus + "\",\"points\":\"abc\",\"reason\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.points").exists());
        score("officer1", 2026, "market").andExpect(jsonPath("$.adjustments[?(@.reason=='获评自治区政务公开示范单位')]").isEmpty());
        post("supervisor", "/2026/units/market/adjustments", "{\"indicator\":\"" + bonus + "\",\"points\":\"3\",\"reason\":\"获评自治区政务公开示范单位\"}")
                .andExpect(status().isOk());
        score("officer1", 2026, "market").andExpect(status().isOk())
                .andExpect(jsonPath("$.adjustments[?(@.reason=='获评自治区政务公开示范单位')].points").value(3.0))
                .andExpect(jsonPath("$.adjustments[?(@.reason=='获评自治区政务公开示范单位')].by").value("supervisor"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'assessment.adjust' and details like '%示范单位%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("officer1", "adjust", 403),
                Arguments.of("leader1", "adjust", 403),
                Arguments.of("center", "adjust", 403),
                Arguments.of("center", "close", 403),
                Arguments.of("supervisor", "close", 403),
                Arguments.of("leader1", "close", 403),
                Arguments.of("supervisor", "publish", 403),
                Arguments.of("officer1", "scheme", 403),
                Arguments.of("officer1", "read-other", 403),   // another unit's score, ranking not published
                Arguments.of("leader2", "read-other", 403),
                Arguments.of("citizen1", "ranking", 403));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource
    void wrongPeople(String who, String action, int expected) throws Exception {
        long bonus = indicator(2026, "BONUS");
        (switch (action) {
            case "adjust" -> post(who, "/2026/units/market/adjustments", "{\"indicator\":\"" + bonus + "\",\"points\":\"1\",\"reason\":\"越权\"}");
            case "close" -> post(who, "/2026/close", "{}");
            case "publish" -> post(who, "/2026/publish", "{\"audience\":\"UNITS\"}");
            case "scheme" -> mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/assessment/2026/scheme")
                    .header("Authorization", bearer(tokenFor(who))).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"indicators\":[{\"part\":\"一\",\"name\":\"x\",\"maxPoints\":10,\"rule\":\"BONUS\"}]}"));
            case "read-other" -> score(who, 2026, who.equals("officer1") ? "balikun-zhen" : "market");
            default -> mvc.perform(get("/api/v1/assessment/2026").header("Authorization", bearer(tokenFor(who))));
        }).andExpect(status().is(expected));
        assertThat(jdbc.sql("select count(*) from assess_year where year = 2026 and state = 'CLOSED'").query(Long.class).single()).isZero();
    }

    @Test
    void aUnitSeesItsOwnLineOfTheRankingUntilItIsPublished() throws Exception {
        mvc.perform(get("/api/v1/assessment/2026").header("Authorization", bearer(tokenFor("officer1")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(1)).andExpect(jsonPath("$.units[0].unit").value("market"));
        mvc.perform(get("/api/v1/assessment/2026").header("Authorization", bearer(tokenFor("center")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(org.hamcrest.Matchers.greaterThan(10)));
    }

    @Test
    void aClosedYearIsASnapshotThatLaterFactsDoNotChange() throws Exception {
        time.travelTo(LocalDate.of(2025, 6, 2));
        long id = tasks.issued(tokenFor("center"), TaskApi.order("2025年度任务", "2025-06-10", "\"market\""));
        time.travelTo(LocalDate.of(2025, 6, 20));
        score("admin", 2025, "market").andExpect(jsonPath("$.deductions[?(@.source.id==" + id + ")].points")
                .value(org.hamcrest.Matchers.hasToString(containsString("-5"))));
        post("admin", "/2025/publish", "{\"audience\":\"UNITS\"}").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("YEAR_OPEN"));
        time.travelTo(LocalDate.of(2026, 1, 5));
        post("admin", "/2025/close", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(true));
        String closed = score("admin", 2025, "market").andReturn().getResponse().getContentAsString();

        // The unit reports late now: the open computation would count the task late, not overdue; the closed year does not move.
        tasks.act(tokenFor("officer1"), id, "market", "report", "{\"text\":\"补报\"}").andExpect(status().isOk());
        tasks.act(tokenFor("leader1"), id, "market", "report/approve", null).andExpect(status().isOk());
        tasks.act(tokenFor("center"), id, "market", "report/confirm", null).andExpect(jsonPath("$.status.state").value("DONE_LATE"));
        assertThat(score("admin", 2025, "market").andReturn().getResponse().getContentAsString()).isEqualTo(closed);
        post("supervisor", "/2025/units/market/adjustments", "{\"indicator\":\"" + indicator(2025, "BONUS") + "\",\"points\":\"1\",\"reason\":\"迟到的加分\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("YEAR_CLOSED"));
        post("admin", "/2025/close", "{}").andExpect(status().isConflict());
        assertThatThrownBy(() -> jdbc.sql("update assess_snapshot set total = 100").update()).hasMessageContaining("immutable");

        score("officer2", 2025, "market").andExpect(status().isForbidden());
        post("admin", "/2025/publish", "{\"audience\":\"UNITS\"}").andExpect(status().isOk()).andExpect(jsonPath("$.audience").value("UNITS"));
        score("officer2", 2025, "market").andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessment/2025").header("Authorization", bearer(tokenFor("officer2"))))
                .andExpect(jsonPath("$.units.length()").value(org.hamcrest.Matchers.greaterThan(10)));
    }
}
