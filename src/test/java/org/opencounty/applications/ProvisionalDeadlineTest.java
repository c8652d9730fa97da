package org.opencounty.applications;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.Listeners;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.CalendarAdministration;
import org.opencounty.calendar.Region;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** A deadline in a year whose holidays are not yet published is provisional, and final once they are. */
class ProvisionalDeadlineTest extends IntegrationTest {

    @Autowired
    TimeMachine time;

    @Autowired
    CalendarAdministration calendarAdministration;

    @AfterEach
    void backToNow() {
        time.reset();
    }

    @Test
    void loadingTheNewYearsHolidaysRecomputesOpenCases() throws Exception {
        // Monday 2027-12-27, with 2027's holidays loaded: five working days later runs into 2028, for which none are known.
        time.travel(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(org.opencounty.common.TimeConfiguration.CHINA),
                LocalDate.of(2027, 12, 27))));
        ApplicationApi api = new ApplicationApi(mvc, jdbc);
        calendarAdministration.loadYear(admin(), Region.CN,
                "{\"year\":2027,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}");
        Listeners.awaitCompletion(jdbc);
        long item = api.onlineItemOf("market");
        long id = api.submitted(tokenFor("citizen1"), item);
        jdbc.sql("update application set promised_days = 5 where id = :id").param("id", id).update();
        api.act(tokenFor("handler1"), id, "accept")
                .andExpect(jsonPath("$.promisedDue").value("2028-01-03"))
                .andExpect(jsonPath("$.provisional").value(true));

        calendarAdministration.loadYear(admin(), Region.CN,
                "{\"year\":2028,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2028-01-03\",\"isOffDay\":true}]}");
        // The recomputation runs after the commit, in the background.
        Listeners.awaitCompletion(jdbc);

        api.get(tokenFor("citizen1"), id)
                .andExpect(jsonPath("$.promisedDue").value("2028-01-04"))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    private Actor admin() {
        var row = jdbc.sql("select id, unit_id, site_id from account where username = 'admin'").query().singleRow();
        return new Actor(((Number) row.get("id")).longValue(), "admin", "管理员", java.util.Set.of(Role.CENTER_ADMIN),
                ((Number) row.get("unit_id")).longValue(), "egov-center", "县电子政务中心", ((Number) row.get("site_id")).longValue());
    }
}
