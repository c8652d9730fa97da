package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.Listeners;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.CalendarChanged;
import org.opencounty.calendar.Region;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.IncompleteEventPublications;
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

    @Autowired
    DataSource dataSource;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    Environment environment;

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
        Listeners.awaitCompletion(jdbc);

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

    /**
     * The administrator's page comes back while the recomputation still waits for a case a handler holds; the
     * recomputation then finishes on its own. A publication left incomplete (as a restart in the middle leaves it)
     * is resubmitted, which is what {@code republish-outstanding-events-on-restart} does at the next start.
     */
    @Test
    void aCorrectionDoesNotWaitForTheRecomputationWhichResumesAfterARestart() throws Exception {
        // Monday 2035-12-24: ten working days later runs into 2036, for which only the statutory 元旦 is known.
        time.travelTo(LocalDate.of(2035, 12, 24));
        MockHttpSession admin = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        loadYear(admin, "CN", 2035, "2035-01-01");
        ApplicationApi api = new ApplicationApi(mvc, jdbc);
        String citizen = tokenFor("citizen1");
        long id = accepted(api, citizen, tokenFor("handler1"), api.onlineItemOf("market"), "CN", 10);
        api.get(citizen, id).andExpect(jsonPath("$.promisedDue").value("2036-01-08")).andExpect(jsonPath("$.provisional").value(true));

        Map<String, Object> publication;
        try (Connection handler = dataSource.getConnection()) {
            handler.setAutoCommit(false);
            try (PreparedStatement hold = handler.prepareStatement("select id from application where id = ? for update")) {
                hold.setLong(1, id);
                hold.executeQuery().close();
            }
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> mvc.perform(post("/admin/calendar/years").session(admin).with(csrf())
                            .param("region", "CN")
                            .param("json", "{\"year\":2036,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2036-01-01\",\"isOffDay\":true},{\"name\":\"元旦\",\"date\":\"2036-01-02\",\"isOffDay\":true}]}"))
                    .andExpect(status().is3xxRedirection()));
            assertThat(Listeners.outstanding(jdbc, CalendarFollower.LISTENER_ID)).isEqualTo(1);
            publication = jdbc.sql("select listener_id, event_type, serialized_event from event_publication where listener_id = :id")
                    .param("id", CalendarFollower.LISTENER_ID).query().singleRow();
            api.get(citizen, id).andExpect(jsonPath("$.provisional").value(true));
            handler.rollback();
        }
        Listeners.awaitCompletion(jdbc);
        api.get(citizen, id).andExpect(jsonPath("$.promisedDue").value("2036-01-09")).andExpect(jsonPath("$.provisional").value(false));

        // As if the platform had stopped before the recomputation reached this case: its publication still there.
        jdbc.sql("update application set promised_due = date '2036-01-08', provisional = true where id = :id").param("id", id).update();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
                values (gen_random_uuid(), :listener, :type, :event, now() - interval '1 minute', 'PROCESSING', 1)""")
                .param("listener", publication.get("listener_id")).param("type", publication.get("event_type"))
                .param("event", publication.get("serialized_event")).update();
        assertThat(environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart", Boolean.class)).isTrue();
        incomplete.resubmitIncompletePublications(outstanding -> outstanding.getEvent() instanceof CalendarChanged changed && changed.year() == 2036);
        Listeners.awaitCompletion(jdbc);
        api.get(citizen, id).andExpect(jsonPath("$.promisedDue").value("2036-01-09")).andExpect(jsonPath("$.provisional").value(false));
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
        // The recomputation runs after the commit, in the background.
        Listeners.awaitCompletion(jdbc);
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
