package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's own signals where its staff read the case: {@code GET /api/v1/applications/{id}} and the back-office
 * case page. The applicant gets the same case without them. Rolled back: the case is citizen1's, overdue
 * since yesterday, so the sweep gives it a yellow card.
 */
@Transactional
class CaseSignalsTest extends IntegrationTest {

    @Autowired
    SupervisionSweep sweep;

    TestApplications applications;
    long overdue;
    long signal;

    @BeforeEach
    void setUp() {
        applications = new TestApplications(jdbc);
        LocalDate today = sweep.today();
        long citizen = jdbc.sql("select id from account where username = 'citizen1'").query(Long.class).single();
        overdue = applications.insert("market", Map.of("item_name", "信号测试事项", "promised_due", today.minusDays(1),
                "applicant_account_id", citizen), today);
        sweep.sweep(today);
        signal = jdbc.sql("select id from supervision_signal where application_id = :id and type = 'YELLOW'").param("id", overdue)
                .query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"handler1", "leader1", "supervisor", "center"})
    void theCasesStaffReadItsSignals(String username) throws Exception {
        mvc.perform(get("/api/v1/applications/" + overdue).header("Authorization", bearer(tokenFor(username))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signals.length()").value(1))
                .andExpect(jsonPath("$.signals[0].type").value("YELLOW"))
                .andExpect(jsonPath("$.signals[0].typeLabel").value("黄牌"))
                .andExpect(jsonPath("$.signals[0].issuedOn").value(sweep.today().toString()))
                .andExpect(jsonPath("$.signals[0].detail").value("已超过承诺期限（" + sweep.today().minusDays(1) + "）"))
                .andExpect(jsonPath("$.signals[0].acknowledged").value(false))
                .andExpect(jsonPath("$.signals[0].acknowledgedBy").doesNotExist());
    }

    @Test
    void anAcknowledgementShowsWhoSignedAndWhen() throws Exception {
        mvc.perform(post("/api/v1/supervision/signals/" + signal + "/acknowledge").header("Authorization", bearer(tokenFor("leader1"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/applications/" + overdue).header("Authorization", bearer(tokenFor("handler1"))))
                .andExpect(jsonPath("$.signals[0].acknowledged").value(true))
                .andExpect(jsonPath("$.signals[0].acknowledgedBy").value("leader1"))
                .andExpect(jsonPath("$.signals[0].acknowledgedAt").isNotEmpty());
    }

    @Test
    void anotherUnitsHandlerGetsNeitherTheCaseNorItsSignals() throws Exception {
        mvc.perform(get("/api/v1/applications/" + overdue).header("Authorization", bearer(tokenFor("handler2"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.signals").doesNotExist());
    }

    @Test
    void theApplicantGetsTheCaseWithoutSignals() throws Exception {
        String body = mvc.perform(get("/api/v1/applications/" + overdue).header("Authorization", bearer(tokenFor("citizen1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andReturn().getResponse().getContentAsString();
        // Absent rather than empty: an empty list would tell the applicant their case has none.
        assertThat(body).doesNotContain("\"signals\"", "黄牌");
    }

    @Test
    void aCaseWithoutSignalsShowsAnEmptyList() throws Exception {
        long onTime = applications.insert("market", Map.of(), sweep.today());
        mvc.perform(get("/api/v1/applications/" + onTime).header("Authorization", bearer(tokenFor("handler1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signals").isArray())
                .andExpect(jsonPath("$.signals").isEmpty());
    }

    @Test
    void theBackOfficeCasePageListsTheSignalsWithTheirLabels() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("handler1").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        String page = mvc.perform(get("/admin/applications/" + overdue).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h2 id=\"signals\">监察信号</h2>", "黄牌", "已超过承诺期限", "未签收");
    }
}
