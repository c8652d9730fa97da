package org.opencounty.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.IntegrationTest;

/** The public calendar API, without signing in, on the shipped data the platform loaded at start. */
class CalendarApiTest extends IntegrationTest {

    @ParameterizedTest(name = "{0} + {1} ({2}) = {3}")
    @CsvSource({
            "2026-09-30, 1, CN, 2026-10-08",
            "2026-10-09, 1, CN, 2026-10-10",
            "2026-02-14, 1, CN, 2026-02-24",
            "2013-09-27, 1, CN, 2013-09-29",
            "2025-03-28, 1, XJ, 2025-04-01",
            "2025-03-28, 1, CN, 2025-03-31",
            "2026-10-01, 0, XJ, 2026-10-01"
    })
    void answersTheDueDate(String start, String days, String region, String expected) throws Exception {
        mvc.perform(get("/api/v1/calendar/due-date").param("start", start).param("workingDays", days).param("region", region))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value(expected))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @Test
    void explainsEveryDayPassedOver() throws Exception {
        mvc.perform(get("/api/v1/calendar/due-date").param("start", "2026-09-30").param("workingDays", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2026-10-08"))
                .andExpect(jsonPath("$.skipped", hasSize(7)))
                .andExpect(jsonPath("$.skipped[0].date").value("2026-10-01"))
                .andExpect(jsonPath("$.skipped[0].reason").value("国庆节"))
                .andExpect(jsonPath("$.skipped[6].date").value("2026-10-07"))
                .andExpect(jsonPath("$.adjusted", hasSize(0)));
        mvc.perform(get("/api/v1/calendar/due-date").param("start", "2026-10-09").param("workingDays", "1"))
                .andExpect(jsonPath("$.dueDate").value("2026-10-10"))
                .andExpect(jsonPath("$.skipped", hasSize(0)))
                .andExpect(jsonPath("$.adjusted[0].date").value("2026-10-10"))
                .andExpect(jsonPath("$.adjusted[0].reason").value("调休上班"));
        mvc.perform(get("/api/v1/calendar/due-date").param("start", "2025-03-28").param("workingDays", "1").param("region", "xj"))
                .andExpect(jsonPath("$.skipped[*].reason").value(org.hamcrest.Matchers.contains("肉孜节", "肉孜节", "肉孜节")));
    }

    @Test
    void aDueDateInAYearWithoutDataIsProvisional() throws Exception {
        // 2031: far enough that no test loads it.
        mvc.perform(get("/api/v1/calendar/due-date").param("start", "2031-09-30").param("workingDays", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2031-10-06")) // 国庆节 10-01..10-03 is law, then a weekend
                .andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/v1/calendar/due-date").param("start", "2030-12-30").param("workingDays", "5"))
                .andExpect(jsonPath("$.dueDate").value("2031-01-07"))
                .andExpect(jsonPath("$.skipped[0].date").value("2031-01-01"))
                .andExpect(jsonPath("$.skipped[0].reason").value("元旦"))
                .andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/v1/calendar/due-date").param("start", "2024-04-09").param("workingDays", "1").param("region", "XJ"))
                .andExpect(jsonPath("$.dueDate").value("2024-04-11"))
                .andExpect(jsonPath("$.provisional").value(true)); // 2024's 古尔邦节 is not known
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "workingDays=1                        | start       | 请填写开始日期",
            "start=2026-02-30&workingDays=1       | start       | YYYY-MM-DD",
            "start=30.09.2026&workingDays=1       | start       | YYYY-MM-DD",
            "start=1999-12-31&workingDays=1       | start       | 2000年至2099年",
            "start=2026-09-30                     | workingDays | 请填写工作日数",
            "start=2026-09-30&workingDays=-1      | workingDays | 0至3650之间的整数",
            "start=2026-09-30&workingDays=3651    | workingDays | 0至3650之间的整数",
            "start=2026-09-30&workingDays=abc     | workingDays | 0至3650之间的整数",
            "start=2026-09-30&workingDays=1&region=XX | region  | CN（全国）或XJ（新疆）"
    })
    void refusesBadInputInChinese(String query, String field, String message) throws Exception {
        mvc.perform(get("/api/v1/calendar/due-date?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.message").value("提交的内容有误，请按提示修改"))
                .andExpect(jsonPath("$.fields." + field, containsString(message)));
    }

    @Test
    void namesEveryBadFieldAtOnce() throws Exception {
        mvc.perform(get("/api/v1/calendar/due-date?region=Beijing"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.start").exists())
                .andExpect(jsonPath("$.fields.workingDays").exists())
                .andExpect(jsonPath("$.fields.region").exists());
    }

    @Test
    void listsTheSpecialDaysOfAYear() throws Exception {
        mvc.perform(get("/api/v1/calendar/days").param("year", "2025").param("region", "XJ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("XJ"))
                .andExpect(jsonPath("$.nationalData").value(true))
                .andExpect(jsonPath("$.regionalData").value(true))
                .andExpect(jsonPath("$.days[?(@.date == '2025-03-31')].name").value(hasItem("肉孜节")))
                .andExpect(jsonPath("$.days[?(@.date == '2025-03-31')].region").value(hasItem("XJ")))
                .andExpect(jsonPath("$.days[?(@.date == '2025-10-01')].region").value(hasItem("CN")))
                .andExpect(jsonPath("$.days[?(@.date == '2025-04-27')].offDay").value(hasItem(false)))
                .andExpect(jsonPath("$.days[*].source").doesNotExist());
        mvc.perform(get("/api/v1/calendar/days").param("year", "2020").param("region", "XJ"))
                .andExpect(jsonPath("$.nationalData").value(true))
                .andExpect(jsonPath("$.regionalData").value(false))
                .andExpect(jsonPath("$.days", hasSize(37)));
        mvc.perform(get("/api/v1/calendar/days").param("year", "2024").param("region", "XJ"))
                .andExpect(jsonPath("$.regionalData").value(false)) // 肉孜节 known, 古尔邦节 not
                .andExpect(jsonPath("$.days[?(@.date == '2024-04-10')].name").value(hasItem("肉孜节")));
        mvc.perform(get("/api/v1/calendar/days").param("year", "2014").param("region", "XJ"))
                .andExpect(jsonPath("$.regionalData").value(false));
        mvc.perform(get("/api/v1/calendar/days").param("year", "2026").param("region", "XJ"))
                .andExpect(jsonPath("$.regionalData").value(true));
        mvc.perform(get("/api/v1/calendar/days").param("year", "2025"))
                .andExpect(jsonPath("$.region").value("CN"))
                .andExpect(jsonPath("$.days[*].name").value(not(hasItem("肉孜节"))));
        mvc.perform(get("/api/v1/calendar/days").param("year", "20x6").param("region", "TB"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.year").exists())
                .andExpect(jsonPath("$.fields.region").exists());
    }

    @Test
    void theShippedYearsWereLoadedAtStart() throws Exception {
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "select year from calendar_year where region = 'CN' and source = 'shipped' order by year")
                .query(Integer.class).list()).containsExactly(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "select year from calendar_year where region = 'XJ' order by year")
                .query(Integer.class).list()).containsExactly(2013, 2014, 2016, 2021, 2022, 2023, 2024, 2025, 2026);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "select year from calendar_year where region = 'XJ' and complete and source = 'shipped' order by year")
                .query(Integer.class).list()).containsExactly(2022, 2023, 2025, 2026);
    }
}
