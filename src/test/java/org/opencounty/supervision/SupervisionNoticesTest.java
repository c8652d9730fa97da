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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everybody's own notices through the API: what is unread, reading one, reading all, and that nobody can mark
 * another person's notice. Rolled back after each test, dated like SignalRulesTest.
 */
@Transactional
class SupervisionNoticesTest extends IntegrationTest {

    static final LocalDate TODAY = SignalRulesTest.TODAY;

    @Autowired
    SupervisionSweep sweep;

    TestApplications applications;
    long marketSignal;
    long townSignal;

    @BeforeEach
    void setUp() {
        applications = new TestApplications(jdbc);
        long marketCase = applications.insert("market", Map.of("promised_due", TODAY.minusDays(1), "handler", "handler1"), TODAY);
        long townCase = applications.insert("balikun-zhen", Map.of("promised_due", TODAY.minusDays(1), "handler", "handler2"), TODAY);
        sweep.sweep(TODAY);
        marketSignal = yellowCardOf(marketCase);
        townSignal = yellowCardOf(townCase);
    }

    @Test
    void aHandlerReadsTheirNoticeAndItLeavesTheUnreadList() throws Exception {
        String handler = bearer(tokenFor("handler1"));
        long unread = unreadCount(handler);
        assertThat(unreadIds(handler)).contains(marketSignal).doesNotContain(townSignal);

        mvc.perform(post("/api/v1/supervision/notifications/" + marketSignal + "/read").header("Authorization", handler))
                .andExpect(status().isOk()).andExpect(jsonPath("$.read").value(true));
        // Reading twice is harmless.
        mvc.perform(post("/api/v1/supervision/notifications/" + marketSignal + "/read").header("Authorization", handler))
                .andExpect(status().isOk());

        assertThat(unreadCount(handler)).isEqualTo(unread - 1);
        assertThat(unreadIds(handler)).doesNotContain(marketSignal);
        mvc.perform(get("/api/v1/supervision/notifications").header("Authorization", handler))
                .andExpect(jsonPath("$.items[?(@.signalId == " + marketSignal + ")].read").value(true))
                .andExpect(jsonPath("$.items[?(@.signalId == " + marketSignal + ")].typeLabel").value("黄牌"));
        // The unit's leader and the supervisors still have theirs.
        assertThat(unreadIds(bearer(tokenFor("leader1")))).contains(marketSignal);
        assertThat(unreadIds(bearer(tokenFor("supervisor")))).contains(marketSignal);
    }

    @Test
    void nobodyMarksANoticeThatIsNotTheirs() throws Exception {
        String handler = bearer(tokenFor("handler1"));
        mvc.perform(post("/api/v1/supervision/notifications/" + townSignal + "/read").header("Authorization", handler))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("该通知不存在"));
        assertThat(unreadIds(bearer(tokenFor("handler2")))).contains(townSignal);

        mvc.perform(get("/api/v1/supervision/notifications").header("Authorization", bearer(tokenFor("citizen1"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/supervision/notifications/read-all").header("Authorization", bearer(tokenFor("citizen1"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void readingAllLeavesNothingUnreadUntilTheNextSignal() throws Exception {
        String supervisor = bearer(tokenFor("supervisor"));
        assertThat(unreadCount(supervisor)).isGreaterThanOrEqualTo(2);

        mvc.perform(post("/api/v1/supervision/notifications/read-all").header("Authorization", supervisor))
                .andExpect(status().isOk());

        assertThat(unreadCount(supervisor)).isZero();
        // Only the supervisor's own notices were read.
        assertThat(unreadIds(bearer(tokenFor("leader1")))).contains(marketSignal);

        long later = applications.insert("market", Map.of("promised_due", TODAY.minusDays(1)), TODAY);
        sweep.sweep(TODAY);
        assertThat(unreadIds(supervisor)).containsExactly(yellowCardOf(later));
    }

    @Test
    void aHandlerIsToldOfTheCasesTheyHandleForAUnitBelowTheirs() throws Exception {
        long branchCase = applications.insert("market-dahe", Map.of("promised_due", TODAY.minusDays(1), "handler", "handler1"), TODAY);
        sweep.sweep(TODAY);
        long signal = yellowCardOf(branchCase);

        String handler = bearer(tokenFor("handler1"));
        assertThat(unreadIds(handler)).contains(signal);
        mvc.perform(post("/api/v1/supervision/notifications/" + signal + "/read").header("Authorization", handler))
                .andExpect(status().isOk());
        assertThat(unreadIds(handler)).doesNotContain(signal);
    }

    @Test
    void readingAllStopsAtTheNewestSignalThePageShowed() throws Exception {
        String supervisor = bearer(tokenFor("supervisor"));
        long older = Math.min(marketSignal, townSignal);
        long newer = Math.max(marketSignal, townSignal);

        mvc.perform(post("/api/v1/supervision/notifications/read-all?through=" + older).header("Authorization", supervisor))
                .andExpect(status().isOk());

        assertThat(unreadIds(supervisor)).contains(newer).allMatch(id -> id > older);
    }

    /** The unread count is the notices above the mark less those marked one by one above it, never those below it. */
    @Test
    void theUnreadCountIsTheUnreadListsLength() throws Exception {
        String supervisor = bearer(tokenFor("supervisor"));
        long older = Math.min(marketSignal, townSignal);
        long newer = Math.max(marketSignal, townSignal);
        mvc.perform(post("/api/v1/supervision/notifications/read-all?through=" + older).header("Authorization", supervisor))
                .andExpect(status().isOk());
        long unread = unreadCount(supervisor);

        // Marking one below the mark again changes nothing; one above it counts once, however often it is marked.
        mvc.perform(post("/api/v1/supervision/notifications/" + older + "/read").header("Authorization", supervisor)).andExpect(status().isOk());
        assertThat(unreadCount(supervisor)).isEqualTo(unread);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/supervision/notifications/" + newer + "/read").header("Authorization", supervisor)).andExpect(status().isOk());
        }

        assertThat(unreadCount(supervisor)).isEqualTo(unread - 1).isEqualTo(unreadIds(supervisor).size());
        assertThat(unreadIds(supervisor)).doesNotContain(newer, older);
    }

    private long yellowCardOf(long applicationId) {
        return jdbc.sql("select id from supervision_signal where application_id = :id and type = 'YELLOW'")
                .param("id", applicationId).query(Long.class).single();
    }

    private long unreadCount(String token) throws Exception {
        return ((Number) JsonPath.read(unread(token), "$.total")).longValue();
    }

    private List<Long> unreadIds(String token) throws Exception {
        List<Number> ids = JsonPath.read(unread(token), "$.items[*].signalId");
        return ids.stream().map(Number::longValue).toList();
    }

    private String unread(String token) throws Exception {
        return mvc.perform(get("/api/v1/supervision/notifications?unread=true").header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
