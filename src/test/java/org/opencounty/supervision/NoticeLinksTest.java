package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every member of staff finds their notices from the navigation and the dashboard, with the unread count. A fresh
 * handler, so that the demo cases' notices (the scheduled sweep runs during the tests too) do not change the count.
 */
@Transactional
class NoticeLinksTest extends IntegrationTest {

    static final String NAV_LINK = "<a href=\"/admin/supervision/notices\">监察通知";

    @Autowired
    SupervisionSweep sweep;
    @Autowired
    TestAccounts accounts;

    TestApplications applications;
    String handler;
    long overdue;

    @BeforeEach
    void setUp() {
        applications = new TestApplications(jdbc);
        handler = accounts.staff("market", Role.CASE_HANDLER, false);
        LocalDate today = sweep.today();
        overdue = applications.insert("market", Map.of("handler", handler, "promised_due", today.minusDays(1)), today);
        sweep.sweep(today);
    }

    @Test
    void aHandlerWithANoticeSeesTheLinkAndTheCountOnTheDashboard() throws Exception {
        MockHttpSession session = signIn(handler);
        String home = mvc.perform(get("/admin").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains(NAV_LINK + "<span class=\"badge\">1<span class=\"visually-hidden\">条未读</span></span></a>",
                "未读 <strong id=\"unread-notices\">1</strong> 条", "href=\"/admin/supervision/notices?unread=true\"");

        long signal = jdbc.sql("select id from supervision_signal where application_id = :id").param("id", overdue).query(Long.class).single();
        mvc.perform(post("/admin/supervision/notices/" + signal + "/read").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String read = mvc.perform(get("/admin").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(read).contains(NAV_LINK + "</a>", "未读 <strong id=\"unread-notices\">0</strong> 条").doesNotContain("条未读</span>");
    }

    @Test
    void theLinkIsOnEveryBackOfficePageAndCurrentOnTheNoticesPage() throws Exception {
        MockHttpSession session = signIn(handler);
        String cases = mvc.perform(get("/admin/applications").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(cases).contains(NAV_LINK + "<span class=\"badge\">1");
        String notices = mvc.perform(get("/admin/supervision/notices").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(notices).contains("<a href=\"/admin/supervision/notices\" aria-current=\"page\">监察通知");
    }

    @Test
    void theCountStopsAtItsCap() throws Exception {
        // One more unread notice than the cap, each a signal of its own case naming the handler.
        jdbc.sql("""
                        with cases as (
                            insert into application (site_id, unit_id, service_item_id, item_name, applicant_name, applicant_phone, state,
                                                     statutory_days, promised_days, handler)
                            select site_id, unit_id, service_item_id, item_name, applicant_name, applicant_phone, 'COMPLETED',
                                   statutory_days, promised_days, handler
                            from application, generate_series(1, :n) where id = :template
                            returning id, site_id, unit_id)
                        insert into supervision_signal (site_id, unit_id, application_id, type, issued_on, handler)
                        select site_id, unit_id, id, 'YELLOW', current_date, :who from cases""")
                .param("n", SupervisionNotices.UNREAD_CAP).param("template", overdue).param("who", handler).update();
        String home = mvc.perform(get("/admin").session(signIn(handler))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("<span class=\"badge\">999+<span class=\"visually-hidden\">条未读</span></span>",
                "未读 <strong id=\"unread-notices\">999+</strong> 条");
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
