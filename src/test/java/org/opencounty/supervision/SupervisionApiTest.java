package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The JSON API: who may read it, and that a unit leader never sees another unit's data. Runs in rolled-back
 * transactions, the rows dated against Wednesday 2026-09-30 for the signals and against the platform's today
 * for the board, which counts the days left from today.
 */
@Transactional
class SupervisionApiTest extends IntegrationTest {

    static final LocalDate TODAY = SignalRulesTest.TODAY;

    @Autowired
    SupervisionSweep sweep;
    @Autowired
    WorkingDays workingDays;

    @Autowired
    org.opencounty.TimeMachine time;

    @org.junit.jupiter.api.AfterEach
    void backToTheStart() {
        time.reset();
    }

    TestApplications applications;
    long marketCase;
    long townCase;

    @BeforeEach
    void setUp() {
        applications = new TestApplications(jdbc);
        marketCase = applications.insert("market", Map.of("item_name", "市场事项", "promised_due", TODAY.minusDays(1)), TODAY);
        townCase = applications.insert("balikun-zhen", Map.of("item_name", "镇事项", "promised_due", TODAY.minusDays(1)), TODAY);
        sweep.sweep(TODAY);
    }

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("supervisor", 200),
                Arguments.of("admin", 200),
                Arguments.of("leader1", 200),
                Arguments.of("leader2", 200),
                Arguments.of("officer1", 403),
                Arguments.of("handler1", 403),
                Arguments.of("center", 403),
                Arguments.of("citizen1", 403));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("readers")
    void onlySupervisorsTheCenterAndUnitLeadersRead(String username, int expected) throws Exception {
        String token = bearer(tokenFor(username));
        for (String path : List.of("/api/v1/supervision/signals", "/api/v1/supervision/board", "/api/v1/supervision/statistics",
                "/api/v1/supervision/statistics.csv", "/api/v1/supervision/statistics.xlsx", "/api/v1/supervision/statistics/items",
                "/api/v1/supervision/statistics/items.csv", "/api/v1/supervision/statistics/items.xlsx")) {
            mvc.perform(get(path).header("Authorization", token)).andExpect(status().is(expected));
        }
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        mvc.perform(get("/api/v1/supervision/signals")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/supervision/statistics.xlsx")).andExpect(status().isUnauthorized());
    }

    @Test
    void aSupervisorSeesEveryUnitAndFiltersByUnitAndType() throws Exception {
        String token = bearer(tokenFor("supervisor"));
        String all = mvc.perform(get("/api/v1/supervision/signals").header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(all, "$.items[*].applicationId");
        assertThat(ids).contains((int) marketCase, (int) townCase);

        mvc.perform(get("/api/v1/supervision/signals?unit=market&type=YELLOW").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.applicationId == " + marketCase + ")].type").value("YELLOW"))
                .andExpect(jsonPath("$.items[?(@.applicationId == " + marketCase + ")].itemName").value("市场事项"))
                .andExpect(jsonPath("$.items[?(@.applicationId == " + marketCase + ")].issuedOn").value("2026-09-30"))
                .andExpect(jsonPath("$.items[?(@.applicationId == " + marketCase + ")].detail").value("已超过承诺期限（2026-09-29）"))
                .andExpect(jsonPath("$.items[?(@.unitCode != 'market')]").isEmpty())
                .andExpect(jsonPath("$.items[?(@.type != 'YELLOW')]").isEmpty())
                .andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void aUnitLeaderSeesTheirOwnUnitOnly() throws Exception {
        String token = bearer(tokenFor("leader2"));
        mvc.perform(get("/api/v1/supervision/signals").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.applicationId == " + townCase + ")]").isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.unitCode != 'balikun-zhen')]").isEmpty());
        mvc.perform(get("/api/v1/supervision/board").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary[?(@.unitCode != 'balikun-zhen')]").isEmpty())
                .andExpect(jsonPath("$.cases.items[?(@.unitCode != 'balikun-zhen')]").isEmpty());
        mvc.perform(get("/api/v1/supervision/statistics?from=2026-07-01&to=2026-09-30").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units[*].unitCode").value(org.hamcrest.Matchers.contains("balikun-zhen")));
        for (String path : List.of("/api/v1/supervision/signals?unit=market", "/api/v1/supervision/board?unit=market",
                "/api/v1/supervision/statistics?unit=market", "/api/v1/supervision/statistics.csv?unit=market",
                "/api/v1/supervision/statistics.xlsx?unit=market", "/api/v1/supervision/statistics/items?unit=market")) {
            mvc.perform(get(path).header("Authorization", token))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message").value("单位主要领导只能查看本单位的电子监察信息"));
        }
        // Asking for one's own unit by name is the same as not asking.
        mvc.perform(get("/api/v1/supervision/signals?unit=balikun-zhen").header("Authorization", token)).andExpect(status().isOk());
    }

    @Test
    void theBoardListsOpenCasesByDueDateWithTheWorkingDaysLeft() throws Exception {
        // The board's today is the day after the set-up's cases fell due, so that they come first.
        time.travelTo(TODAY.plusDays(1));
        LocalDate today = sweep.today();
        LocalDate inThree = workingDays.dueDate(today, 3, org.opencounty.calendar.Region.XJ).dueDate();
        long soon = applications.insert("market", Map.of("promised_due", inThree), today);
        long later = applications.insert("market", Map.of("promised_due", inThree.plusDays(30)), today);
        long suspended = applications.insert("market", Map.of("promised_due", inThree.plusDays(1), "clock_suspended", true), today);
        Map<String, Object> submitted = new java.util.HashMap<>(Map.of("state", "SUBMITTED", "acceptance_due", today));
        submitted.put("accepted_on", null);
        submitted.put("promised_due", null);
        long waiting = applications.insert("market", submitted, today);
        long done = applications.insert("market", Map.of("state", "COMPLETED", "completed_on", today), today);
        String token = bearer(tokenFor("leader1"));

        String body = mvc.perform(get("/api/v1/supervision/board?size=200").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.today").value(today.toString()))
                .andExpect(jsonPath("$.cases.items[?(@.applicationId == " + soon + ")].remainingWorkingDays").value(3))
                .andExpect(jsonPath("$.cases.items[?(@.applicationId == " + soon + ")].dueOn").value(inThree.toString()))
                .andExpect(jsonPath("$.cases.items[?(@.applicationId == " + waiting + ")].remainingWorkingDays").value(0))
                .andExpect(jsonPath("$.cases.items[?(@.applicationId == " + waiting + ")].stateLabel").value("已提交，待受理"))
                .andExpect(jsonPath("$.cases.items[?(@.applicationId == " + suspended + ")].remainingWorkingDays").value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.cases.items[?(@.applicationId == " + marketCase + ")].signals[0]").value("YELLOW"))
                .andExpect(jsonPath("$.cases.items[?(@.applicationId == " + done + ")]").isEmpty())
                .andExpect(jsonPath("$.summary[?(@.unitCode == 'market' && @.state == 'ACCEPTED')].count").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        List<Integer> ascending = JsonPath.<List<Integer>>read(body, "$.cases.items[*].applicationId");
        assertThat(ascending).containsSubsequence((int) marketCase, (int) waiting, (int) soon, (int) suspended, (int) later);

        String descending = mvc.perform(get("/api/v1/supervision/board?size=200&sort=-due").header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(descending, "$.cases.items[*].applicationId"))
                .containsSubsequence((int) later, (int) suspended, (int) soon, (int) waiting, (int) marketCase);
    }

    @Test
    void mistakesInTheParametersAreNamed() throws Exception {
        String token = bearer(tokenFor("supervisor"));
        mvc.perform(get("/api/v1/supervision/signals?type=BLUE").header("Authorization", token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.type").isNotEmpty());
        mvc.perform(get("/api/v1/supervision/signals?unit=nowhere").header("Authorization", token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.unit").value("单位不存在：nowhere"));
        mvc.perform(get("/api/v1/supervision/board?sort=name").header("Authorization", token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.sort").isNotEmpty());
        mvc.perform(get("/api/v1/supervision/board?page=0").header("Authorization", token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.page").isNotEmpty());
        mvc.perform(get("/api/v1/supervision/statistics?from=2026-10-01&to=2026-09-01").header("Authorization", token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.to").value("结束日期不能早于开始日期"));
        mvc.perform(get("/api/v1/supervision/statistics?from=2026-13-01").header("Authorization", token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.from").isNotEmpty());
    }

    @Test
    void supervisorsSweepOnDemandLeadersDoNot() throws Exception {
        mvc.perform(post("/api/v1/supervision/sweep").header("Authorization", bearer(tokenFor("supervisor"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issued").isNumber())
                .andExpect(jsonPath("$.counts.YELLOW").isNumber());
        mvc.perform(post("/api/v1/supervision/sweep").header("Authorization", bearer(tokenFor("leader1"))))
                .andExpect(status().isForbidden());
    }
}
