package org.opencounty.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/** The center keeps the calendar on /admin/calendar; every change is audited, announced and counted at once. */
@RecordApplicationEvents
class CalendarAdministrationTest extends IntegrationTest {

    /**
     * A made-up 2027 arrangement in the holiday-cn format (the real one was not published when this was
     * written): 国庆节 Friday 10-01 to Thursday 10-07, Saturday 10-09 worked.
     */
    private static final String YEAR_2027 = """
            {"year": 2027, "papers": [],
             "days": [{"name": "国庆节", "date": "2027-10-01", "isOffDay": true},
                      {"name": "国庆节", "date": "2027-10-02", "isOffDay": true},
                      {"name": "国庆节", "date": "2027-10-03", "isOffDay": true},
                      {"name": "国庆节", "date": "2027-10-04", "isOffDay": true},
                      {"name": "国庆节", "date": "2027-10-05", "isOffDay": true},
                      {"name": "国庆节", "date": "2027-10-06", "isOffDay": true},
                      {"name": "国庆节", "date": "2027-10-07", "isOffDay": true},
                      {"name": "国庆节", "date": "2027-10-09", "isOffDay": false}]}
            """;

    @Autowired
    private ApplicationEvents events;

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    private ResultActions dueDate(String start, int days, String region) throws Exception {
        return mvc.perform(get("/api/v1/calendar/due-date").param("start", start)
                .param("workingDays", String.valueOf(days)).param("region", region));
    }

    @Test
    void onlyCenterAdministratorsReachThePage() throws Exception {
        MockHttpSession officer = signIn("officer1");
        mvc.perform(get("/admin/calendar").session(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/days").session(officer).with(csrf())
                        .param("region", "XJ").param("date", "2024-06-17").param("offDay", "true").param("name", "古尔邦节"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/years").session(officer).with(csrf()).param("region", "CN").param("json", YEAR_2027))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from calendar_day where day = '2024-06-17'").query(Long.class).single()).isZero();
        mvc.perform(get("/admin/calendar").session(signIn("center"))).andExpect(status().isForbidden());

        mvc.perform(get("/admin/calendar").session(signIn("admin")).param("region", "XJ").param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2025年 · 新疆维吾尔自治区")))
                .andExpect(content().string(containsString("肉孜节")))
                .andExpect(content().string(containsString("href=\"/admin/calendar\" aria-current=\"page\"")));
    }

    @Test
    void aRegionalHolidayEnteredByTheAdministratorCountsAtOnceAndCanBeUndone() throws Exception {
        MockHttpSession admin = signIn("admin");
        dueDate("2024-06-14", 1, "XJ").andExpect(jsonPath("$.dueDate").value("2024-06-17"));

        mvc.perform(post("/admin/calendar/days").session(admin).with(csrf())
                        .param("region", "XJ").param("date", "2024-06-17").param("offDay", "true").param("name", "古尔邦节"))
                .andExpect(redirectedUrl("/admin/calendar?region=XJ&year=2024&saved"));

        dueDate("2024-06-14", 1, "XJ").andExpect(jsonPath("$.dueDate").value("2024-06-18"))
                .andExpect(jsonPath("$.skipped[2].reason").value("古尔邦节"));
        dueDate("2024-06-14", 1, "CN").andExpect(jsonPath("$.dueDate").value("2024-06-17"));
        assertThat(events.stream(CalendarChanged.class)).contains(new CalendarChanged(Region.XJ, 2024));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'calendar.day.set' and target = 'calendar:XJ:2024-06-17' and actor = 'admin'")
                .query(Long.class).single()).isEqualTo(1L);
        mvc.perform(get("/admin/calendar").session(admin).param("region", "XJ").param("year", "2024"))
                .andExpect(content().string(containsString("/admin/calendar/days/remove")));

        mvc.perform(post("/admin/calendar/days/remove").session(admin).with(csrf()).param("region", "XJ").param("date", "2024-06-17"))
                .andExpect(redirectedUrl("/admin/calendar?region=XJ&year=2024&saved"));

        dueDate("2024-06-14", 1, "XJ").andExpect(jsonPath("$.dueDate").value("2024-06-17"));
        assertThat(jdbc.sql("select count(*) from calendar_day where day = '2024-06-17'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'calendar.day.remove' and target = 'calendar:XJ:2024-06-17'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aCorrectedShippedDayGetsItsShippedValueBack() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/calendar/days").session(admin).with(csrf())
                        .param("region", "CN").param("date", "2016-06-12").param("offDay", "true").param("name", "端午节"))
                .andExpect(redirectedUrl("/admin/calendar?region=CN&year=2016&saved"));
        // Sunday 2016-06-12 was worked after 端午节; now it is not.
        dueDate("2016-06-08", 1, "CN").andExpect(jsonPath("$.dueDate").value("2016-06-13"));

        mvc.perform(post("/admin/calendar/days/remove").session(admin).with(csrf()).param("region", "CN").param("date", "2016-06-12"))
                .andExpect(redirectedUrl("/admin/calendar?region=CN&year=2016&saved"));

        dueDate("2016-06-08", 1, "CN").andExpect(jsonPath("$.dueDate").value("2016-06-12"));
        assertThat(jdbc.sql("select source || ' ' || is_off_day from calendar_day where region = 'CN' and day = '2016-06-12'")
                .query(String.class).single()).isEqualTo("shipped false");
        mvc.perform(post("/admin/calendar/days/remove").session(admin).with(csrf()).param("region", "CN").param("date", "2016-06-12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("随平台提供的数据不能撤销")));
    }

    @Test
    void badInputIsShownAgainAndChangesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from calendar_day").query(Long.class).single();
        long yearsBefore = jdbc.sql("select count(*) from calendar_year").query(Long.class).single();
        mvc.perform(post("/admin/calendar/days").session(signIn("admin")).with(csrf())
                        .param("region", "XJ").param("date", "2024-13-01").param("offDay", "true").param("name", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写日期，格式为YYYY-MM-DD")))
                .andExpect(content().string(containsString("请填写节日名称")));
        mvc.perform(post("/admin/calendar/years").session(signIn("admin")).with(csrf())
                        .param("region", "CN").param("json", "{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-02-30\", \"isOffDay\": true}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("第1项的日期（date）应为YYYY-MM-DD")));
        assertThat(jdbc.sql("select count(*) from calendar_day").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from calendar_year").query(Long.class).single()).isEqualTo(yearsBefore);
    }

    @Test
    void loadingNextYearsArrangementMakesItsDueDatesFinal() throws Exception {
        dueDate("2027-09-30", 1, "CN")
                .andExpect(jsonPath("$.dueDate").value("2027-10-04")) // 国庆节 10-01..10-03 is law; its 调休 unknown
                .andExpect(jsonPath("$.provisional").value(true));

        mvc.perform(post("/admin/calendar/years").session(signIn("admin")).with(csrf()).param("region", "CN").param("json", YEAR_2027))
                .andExpect(redirectedUrl("/admin/calendar?region=CN&year=2027&saved"));

        dueDate("2027-09-30", 1, "CN")
                .andExpect(jsonPath("$.dueDate").value("2027-10-08"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.skipped[0].reason").value("国庆节"));
        dueDate("2027-10-08", 1, "XJ")
                .andExpect(jsonPath("$.dueDate").value("2027-10-09"))
                .andExpect(jsonPath("$.adjusted[0].reason").value("调休上班"));
        assertThat(events.stream(CalendarChanged.class)).contains(new CalendarChanged(Region.CN, 2027));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'calendar.year.load' and target = 'calendar:CN:2027' and actor = 'admin'")
                .query(Long.class).single()).isEqualTo(1L);
        mvc.perform(get("/api/v1/calendar/days").param("year", "2027"))
                .andExpect(jsonPath("$.nationalData").value(true));
    }

    @Test
    void loadingTheRegionalNoticeCompletesAYearShippedInPart() throws Exception {
        dueDate("2021-05-12", 1, "XJ").andExpect(jsonPath("$.dueDate").value("2021-05-13")).andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/v1/calendar/days").param("year", "2021").param("region", "XJ"))
                .andExpect(jsonPath("$.regionalData").value(false));

        mvc.perform(post("/admin/calendar/years").session(signIn("admin")).with(csrf()).param("region", "XJ")
                        .param("json", "{\"year\": 2021, \"days\": [{\"name\": \"肉孜节\", \"date\": \"2021-05-13\", \"isOffDay\": true}]}"))
                .andExpect(redirectedUrl("/admin/calendar?region=XJ&year=2021&saved"));

        dueDate("2021-05-12", 1, "XJ")
                .andExpect(jsonPath("$.dueDate").value("2021-05-14"))
                .andExpect(jsonPath("$.provisional").value(false));
        dueDate("2021-07-19", 1, "XJ").andExpect(jsonPath("$.dueDate").value("2021-07-21")); // the shipped 古尔邦节 stays
        mvc.perform(get("/api/v1/calendar/days").param("year", "2021").param("region", "XJ"))
                .andExpect(jsonPath("$.regionalData").value(true));
    }
}
