package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.annotation.Transactional;

/** The back-office pages: who gets them, the leader's narrowing, the chart beside its table, the nav line. */
@Transactional
class SupervisionPagesTest extends IntegrationTest {

    @Autowired
    SupervisionSweep sweep;

    long marketCase;

    @BeforeEach
    void setUp() {
        TestApplications applications = new TestApplications(jdbc);
        LocalDate today = sweep.today();
        marketCase = applications.insert("market", Map.of("item_name", "市场页面测试事项", "promised_due", today.minusDays(1),
                "state", "ACCEPTED"), today);
        applications.insert("balikun-zhen", Map.of("item_name", "镇页面测试事项", "promised_due", today.minusDays(1)), today);
        sweep.sweep(today);
    }

    @Test
    void supervisorsSeeTheBoardOfEveryUnit() throws Exception {
        MockHttpSession session = signIn("supervisor");
        String page = mvc.perform(get("/admin/supervision").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>电子监察</h1>", "市场页面测试事项", "镇页面测试事项", "黄牌", "立即巡查", "href=\"/admin/supervision\"");
    }

    @Test
    void aLeaderSeesTheirUnitOnlyAndCannotAskForAnother() throws Exception {
        MockHttpSession session = signIn("leader2");
        String page = mvc.perform(get("/admin/supervision").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("镇页面测试事项").doesNotContain("市场页面测试事项").doesNotContain("立即巡查");
        mvc.perform(get("/admin/supervision?unit=market").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/supervision/statistics?unit=market").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void otherStaffGetNoBoardAndNoNavLine() throws Exception {
        MockHttpSession session = signIn("officer1");
        mvc.perform(get("/admin/supervision").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/supervision/statistics").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/supervision/statistics.xlsx").session(session)).andExpect(status().isForbidden());
        String home = mvc.perform(get("/admin").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("href=\"/admin/supervision\"").contains("href=\"/admin/supervision/notices\"");
    }

    @Test
    void theStatisticsPageDrawsTheOnTimeRateBesideItsTable() throws Exception {
        MockHttpSession session = signIn("admin");
        String page = mvc.perform(get("/admin/supervision/statistics?from=2026-01-01&to=2026-12-31").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg", "role=\"img\"", "<title id=\"on-time-title\">各单位按时办结率</title>", "<table>",
                "按时办结率", "导出 CSV", "statistics.csv?from=2026-01-01&to=2026-12-31", "导出 Excel",
                "statistics.xlsx?from=2026-01-01&to=2026-12-31");
        mvc.perform(get("/admin/supervision/statistics.csv?from=2026-01-01&to=2026-12-31").session(session))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/supervision/statistics.xlsx?from=2026-01-01&to=2026-12-31").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"supervision-statistics-2026-01-01-2026-12-31.xlsx\""));
        String wrong = mvc.perform(get("/admin/supervision/statistics?from=2026-02-30").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("role=\"alert\"", "日期应为YYYY-MM-DD格式的有效日期");
    }

    @Test
    void handlersReadTheirNoticesInTheBackOffice() throws Exception {
        MockHttpSession session = signIn("handler1");
        String page = mvc.perform(get("/admin/supervision/notices?unread=true").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我的监察通知", "市场页面测试事项", "标为已读");
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
