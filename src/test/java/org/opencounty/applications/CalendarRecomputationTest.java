package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.Region;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;

/**
 * A calendar change recomputes, batch by batch, the open cases whose clocks count a day of the changed year in
 * the changed region, and rewrites only those whose due dates moved. Years 2033 and 2034 are this test's own.
 */
class CalendarRecomputationTest extends IntegrationTest {

    @Autowired
    TimeMachine time;

    @Autowired
    CalendarFollower follower;

    @Value("${opencounty.applications.clock-batch-size}")
    int batchSize;

    @AfterEach
    void backToNow() {
        time.reset();
    }

    @Test
    void aChangeReachesEveryCaseRunningIntoItsYearAndNoOther() throws Exception {
        // Monday 2033-12-19: ten working days later is Monday 2034-01-02, in a year nothing is known of yet.
        time.travelTo(LocalDate.of(2033, 12, 19));
        MockHttpSession admin = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        loadYear(admin, "CN", 2033, "2033-01-01");
        ApplicationApi api = new ApplicationApi(mvc, jdbc);
        String citizen = tokenFor("citizen1");
        String handler = tokenFor("handler1");
        long item = api.onlineItemOf("market");
        List<Long> xinjiang = new ArrayList<>();
        for (int i = 0; i < batchSize + 2; i++) {
            xinjiang.add(accepted(api, citizen, handler, item, "XJ", 10));
        }
        long national = accepted(api, citizen, handler, item, "CN", 10);
        long shortCase = accepted(api, citizen, handler, item, "XJ", 3);
        for (long id : xinjiang) {
            api.get(citizen, id).andExpect(jsonPath("$.promisedDue").value("2034-01-02")).andExpect(jsonPath("$.provisional").value(true));
        }
        Map<Long, Long> before = openVersions();

        loadYear(admin, "CN", 2034, "2034-01-02");

        for (long id : xinjiang) {
            // Xinjiang's regional days of 2034 are not known: the date moves but stays provisional there.
            api.get(citizen, id).andExpect(jsonPath("$.promisedDue").value("2034-01-03")).andExpect(jsonPath("$.provisional").value(true));
        }
        api.get(citizen, national).andExpect(jsonPath("$.promisedDue").value("2034-01-03")).andExpect(jsonPath("$.provisional").value(false));
        api.get(citizen, shortCase).andExpect(jsonPath("$.promisedDue").value("2033-12-22"));
        Map<Long, Long> after = openVersions();
        before.forEach((id, version) -> {
            if (!append(xinjiang, national).contains(id)) {
                assertThat(after.get(id)).as("version of untouched case %d", id).isEqualTo(version);
            }
        });

        mvc.perform(post("/admin/calendar/days").session(admin).with(csrf())
                        .param("region", "XJ").param("date", "2034-01-03").param("offDay", "true").param("name", "地方假日"))
                .andExpect(status().is3xxRedirection());

        for (long id : xinjiang) {
            api.get(citizen, id).andExpect(jsonPath("$.promisedDue").value("2034-01-04"));
        }
        api.get(citizen, national).andExpect(jsonPath("$.promisedDue").value("2034-01-03"));
        assertThat(openVersions().get(national)).isEqualTo(after.get(national));

        // Only the cases running into 2034 are read, in batches, and a second pass finds nothing to change.
        CalendarFollower.Recomputed again = follower.recompute(Region.CN, LocalDate.of(2034, 1, 1), LocalDate.of(2034, 12, 31));
        assertThat(again.examined()).isEqualTo(xinjiang.size() + 1);
        assertThat(again.batches()).isGreaterThan(1);
        assertThat(again.changed()).isZero();
    }

    private long accepted(ApplicationApi api, String citizen, String handler, long item, String region, int days) throws Exception {
        long id = api.submitted(citizen, item);
        jdbc.sql("update application set region = :region, promised_days = :days, statutory_days = :days where id = :id")
                .param("region", region).param("days", days).param("id", id).update();
        api.act(handler, id, "accept").andExpect(status().isOk());
        return id;
    }

    private void loadYear(MockHttpSession admin, String region, int year, String holiday) throws Exception {
        mvc.perform(post("/admin/calendar/years").session(admin).with(csrf()).param("region", region)
                        .param("json", "{\"year\":%d,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"%s\",\"isOffDay\":true}]}"
                                .formatted(year, holiday)))
                .andExpect(status().is3xxRedirection());
    }

    private Map<Long, Long> openVersions() {
        return jdbc.sql("select id, version from application where state in ('SUBMITTED','CORRECTION_REQUESTED','ACCEPTED','APPROVED','DENIED')")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<Long> append(List<Long> ids, long id) {
        List<Long> all = new ArrayList<>(ids);
        all.add(id);
        return all;
    }
}
