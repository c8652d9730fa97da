package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.supervision.SupervisionSweep;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Last year's report reminds the unit's officer and leader on the dashboard ahead of 31 January and overdue after it;
 * supervision's sweep signals a started report that is late through interaction's published seam.
 */
class AnnualReportRemindersTest extends IntegrationTest {

    @Autowired
    TimeMachine time;

    @Autowired
    SupervisionSweep sweep;

    @AfterEach
    void backToNow() {
        time.reset();
    }

    private String dashboard(String who) throws Exception {
        return mvc.perform(get("/admin").session(sessionOf(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theOfficerAndTheLeaderAreRemindedAheadAndWhenOverdue() throws Exception {
        time.travelTo(LocalDate.of(2026, 12, 1));
        assertThat(dashboard("officer1")).doesNotContain("annual-reports-due");
        time.travelTo(LocalDate.of(2027, 1, 27));
        assertThat(dashboard("officer1")).contains("annual-reports-due", "2026年度报告", "公布期限 2027-01-31");
        assertThat(dashboard("leader1")).contains("annual-reports-due");
        assertThat(dashboard("handler1")).doesNotContain("annual-reports-due");
        time.travelTo(LocalDate.of(2027, 2, 1));
        assertThat(dashboard("officer1")).contains("已逾期，期限 2027-01-31");
    }

    @Test
    void aStartedReportPastItsDateIsASupervisionSignal() {
        long county = jdbc.sql("select r.id from annual_report r join unit u on u.id = r.unit_id where u.code = 'county' and r.state = 'DRAFT'")
                .query(Long.class).list().getFirst();
        LocalDate due = jdbc.sql("select due_on from annual_report where id = ?").param(county).query(LocalDate.class).single();
        sweep.sweep(due.plusDays(1));
        assertThat(jdbc.sql("select type from supervision_interaction_signal where kind = 'REPORT' and subject_id = ?").param(county)
                .query(String.class).list()).contains("OVERDUE");
    }
}
