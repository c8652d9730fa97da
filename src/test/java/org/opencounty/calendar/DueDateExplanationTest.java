package org.opencounty.calendar;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.IntegrationTest;

/** "Explain this due date": staff see every day counted and passed over between a start and a due date. */
class DueDateExplanationTest extends IntegrationTest {

    @Test
    void listsTheDaysCountedAndTheHolidaysPassedOver() throws Exception {
        mvc.perform(get("/admin/calendar/explain").session(sessionOf("officer1"))
                        .param("from", "2026-09-30").param("to", "2026-10-10").param("region", "CN").param("label", "承诺办结日期"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("到期日说明：承诺办结日期"),
                        containsString("共 <strong>3</strong> 个工作日"),
                        containsString("<td>2026-10-01</td>"),
                        containsString("国庆节"),
                        containsString("第 1 个工作日"),
                        containsString("调休上班"),
                        not(containsString("结果为暂定")))));
    }

    @Test
    void aProvisionalYearSaysSoAndNamesTheStatutoryHoliday() throws Exception {
        mvc.perform(get("/admin/calendar/explain").session(sessionOf("officer1"))
                        .param("from", "2030-12-30").param("to", "2031-01-07").param("region", "CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("元旦"), containsString("结果为暂定"),
                        containsString("共 <strong>5</strong> 个工作日"))));
    }

    @ParameterizedTest(name = "from={0} to={1} region={2}")
    @CsvSource({
            "2026-10-10, 2026-09-30, CN",  // due before start
            "2026-09-30, 2046-10-10, CN",  // more than ten years
            "30.09.2026, 2026-10-10, CN",
            "2026-09-30, 2026-10-10, TB"
    })
    void badSpansAreRefusedInChinese(String from, String to, String region) throws Exception {
        mvc.perform(get("/admin/calendar/explain").session(sessionOf("officer1")).param("from", from).param("to", to).param("region", region))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请给出起算日和到期日")));
    }

    @Test
    void onlyStaffSeeThePage() throws Exception {
        mvc.perform(get("/admin/calendar/explain").param("from", "2026-09-30").param("to", "2026-10-10"))
                .andExpect(status().is3xxRedirection());
    }
}
