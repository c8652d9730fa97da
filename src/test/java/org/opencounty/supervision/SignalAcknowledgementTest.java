package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acknowledging a signal and reading notices. Committed, not rolled back: a refused acknowledgement is audited
 * in a transaction of its own, which would wait for the test's transaction holding the audit lock. The rows
 * are removed afterwards.
 */
class SignalAcknowledgementTest extends IntegrationTest {

    @Autowired
    SupervisionSweep sweep;

    final List<Long> ids = new ArrayList<>();

    @AfterEach
    void removeRows() {
        new TestApplications(jdbc).delete(ids);
    }

    @Test
    void theUnitsLeaderAcknowledgesOnceOthersMayNot() throws Exception {
        LocalDate today = sweep.today();
        long id = new TestApplications(jdbc).insert("market", Map.of("promised_due", today.minusDays(1)), today);
        ids.add(id);
        sweep.sweep(today);
        long signal = jdbc.sql("select id from supervision_signal where application_id = :id and type = 'YELLOW'").param("id", id)
                .query(Long.class).single();
        String path = "/api/v1/supervision/signals/" + signal + "/acknowledge";

        mvc.perform(post(path).header("Authorization", bearer(tokenFor("leader2")))).andExpect(status().isForbidden());
        mvc.perform(post(path).header("Authorization", bearer(tokenFor("admin")))).andExpect(status().isForbidden());
        mvc.perform(post(path).header("Authorization", bearer(tokenFor("officer1")))).andExpect(status().isForbidden());
        mvc.perform(post(path).header("Authorization", bearer(tokenFor("leader1")))).andExpect(status().isOk());
        mvc.perform(post(path).header("Authorization", bearer(tokenFor("supervisor"))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ALREADY_ACKNOWLEDGED"));
        mvc.perform(post("/api/v1/supervision/signals/999999999/acknowledge").header("Authorization", bearer(tokenFor("leader1"))))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select acknowledged_by from supervision_signal where id = :id").param("id", signal).query(String.class).single())
                .isEqualTo("leader1");
        assertThat(jdbc.sql("select result from audit_entry where action = 'supervision.signal.acknowledge' and target = :t order by id")
                .param("t", "signal:" + signal).query(String.class).list()).containsExactly("DENIED", "DENIED", "SUCCESS");
    }

    @Test
    void everyoneReadsAndClearsTheirOwnNoticesOnly() throws Exception {
        LocalDate today = sweep.today();
        long id = new TestApplications(jdbc).insert("market", Map.of("step_due", today.minusDays(1)), today);
        ids.add(id);
        sweep.sweep(today);
        String leader = bearer(tokenFor("leader1"));

        String body = mvc.perform(get("/api/v1/supervision/notifications?unread=true").header("Authorization", leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> mine = JsonPath.read(body, "$.items[?(@.applicationId == " + id + ")].signalId");
        assertThat(mine).hasSize(1);
        long notice = mine.getFirst();

        // The notice is of a signal, per person: someone not told about it has nothing to mark.
        mvc.perform(post("/api/v1/supervision/notifications/" + notice + "/read").header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/supervision/notifications/" + notice + "/read").header("Authorization", leader))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/supervision/notifications?unread=true").header("Authorization", leader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.applicationId == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/supervision/notifications").header("Authorization", leader))
                .andExpect(jsonPath("$.items[?(@.applicationId == " + id + ")].read").value(org.hamcrest.Matchers.contains(true)));
    }
}
