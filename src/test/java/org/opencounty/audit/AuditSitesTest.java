package org.opencounty.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** Issue 9: the audit log takes its actor from the caller, and one county's administrator reads only their site's entries. */
class AuditSitesTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    private long site() {
        return jdbc.sql("select site_id from account where username = 'admin'").query(Long.class).single();
    }

    private Actor administrator(String username, long siteId) {
        return new Actor(0, username, "管理员", Set.of(Role.CENTER_ADMIN), null, "egov-center", "县电子政务中心", siteId);
    }

    @Test
    void aSecondCountysEntriesStayWithIt() throws Exception {
        long here = site();
        long other = jdbc.sql("insert into site (code, name, domain, site_id_code) values ('other', '另一县', 'other.example', 'OTHER-1') returning id")
                .query(Long.class).single();
        Actor otherAdmin = administrator("admin-other", other);
        audit.record(otherAdmin, "test.other-site", "account:secret-other", AuditResult.SUCCESS, "另一县的操作");
        audit.record(administrator("admin", here), "test.this-site", "account:this", AuditResult.SUCCESS, "本县的操作");

        assertThat(audit.latest(administrator("admin", here), here, "", "", null, 100))
                .extracting(AuditEntry::action).contains("test.this-site").doesNotContain("test.other-site");
        assertThat(audit.latest(otherAdmin, other, "", "", null, 100))
                .extracting(AuditEntry::action).contains("test.other-site").doesNotContain("test.this-site");
        assertThat(jdbc.sql("select site_id from audit_entry where action = 'test.other-site'").query(Long.class).single()).isEqualTo(other);
        // Asking for another site's log is refused, whatever the role.
        assertThatThrownBy(() -> audit.latest(otherAdmin, here, "", "", null, 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> audit.verify(otherAdmin, here)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> audit.count(otherAdmin, here)).isInstanceOf(NotAllowedException.class);

        MockHttpSession admin = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/admin/audit").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("test.this-site")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret-other"))));
        // The site is part of the hash: the chain with sites still verifies.
        assertThat(audit.verify(administrator("admin", here), here).valid()).isTrue();
    }

    @Test
    void thePlatformsOwnEntriesAreRecordedAsTheSystemForEverySite() {
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'system' and action = 'calendar.year.load' and site_id is null")
                .query(Long.class).single()).isPositive();
        assertThat(audit.latest(administrator("admin", site()), site(), "system", "calendar.year.load", null, 5)).isNotEmpty();
    }
}
