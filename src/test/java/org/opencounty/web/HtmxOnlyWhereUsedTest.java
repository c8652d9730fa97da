package org.opencounty.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** Pages work without JavaScript; htmx is loaded only by the page whose form uses it (the audit log's verification). */
class HtmxOnlyWhereUsedTest extends IntegrationTest {

    @Test
    void portalAndOrdinaryBackOfficePagesLoadNoHtmx() throws Exception {
        for (String path : new String[] {"/", "/columns/notices", "/search?q=%E5%8E%BF", "/login"}) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(not(containsString("htmx"))));
        }
        MockHttpSession admin = session("admin");
        mvc.perform(get("/admin").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("htmx")))).andExpect(content().string(not(containsString("hx-headers"))));
    }

    @Test
    void theAuditPageLoadsHtmxForItsVerificationForm() throws Exception {
        mvc.perform(get("/admin/audit").session(session("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/js/htmx.min.js")))
                .andExpect(content().string(containsString("hx-post=\"/admin/audit/verify\"")))
                .andExpect(content().string(containsString("hx-headers")));
    }

    private MockHttpSession session(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
    }
}
