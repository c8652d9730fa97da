package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;

/** Issue 16.13: staff reads of applications, downloads and exports, and refusals are on record. */
class AccessAuditTest extends IntegrationTest {

    private long submitted() throws Exception {
        ApplicationApi api = new ApplicationApi(mvc, jdbc);
        return api.submitted(tokenFor("citizen1"), api.onlineItemOf("market"));
    }

    private long entries(String actor, String action, String target) {
        return jdbc.sql("select count(*) from audit_entry where actor = :actor and action = :action and target like :target")
                .param("actor", actor).param("action", action).param("target", target).query(Long.class).single();
    }

    @Test
    void staffReadsAndDownloadsOfAnApplicationAreAudited() throws Exception {
        ApplicationApi api = new ApplicationApi(mvc, jdbc);
        String citizen = tokenFor("citizen1");
        long id = submitted();
        String handler = tokenFor("handler1");
        long before = entries("handler1", "application.read", "application:" + id);

        String body = api.get(handler, id).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(entries("handler1", "application.read", "application:" + id)).isEqualTo(before + 1);
        assertThat(entries("citizen1", "application.read", "application:" + id)).isZero(); // the applicant's own reads are not
        api.get(citizen, id).andExpect(status().isOk());
        assertThat(entries("citizen1", "application.read", "application:" + id)).isZero();

        long upload = ((Number) JsonPath.read(body, "$.materials[0].id")).longValue();
        mvc.perform(get("/api/v1/applications/" + id + "/materials/" + upload).header("Authorization", bearer(handler)))
                .andExpect(status().isOk());
        assertThat(entries("handler1", "download", "GET /api/v1/applications/" + id + "/materials/" + upload)).isEqualTo(1);
    }

    @Test
    void exportsAreAudited() throws Exception {
        mvc.perform(get("/api/v1/supervision/statistics.csv").header("Authorization", bearer(tokenFor("supervisor"))))
                .andExpect(status().isOk());
        assertThat(entries("supervisor", "download", "GET /api/v1/supervision/statistics.csv%")).isPositive();
    }

    @Test
    void refusalsAreAuditedWhetherTheRuleOrTheDomainRefuses() throws Exception {
        // The security rules refuse the address.
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(tokenFor("officer1")))).andExpect(status().isForbidden());
        assertThat(entries("officer1", "access.denied", "GET /api/v1/audit/verify")).isPositive();

        // The domain refuses the action: another unit's handler may not accept.
        long id = submitted();
        new ApplicationApi(mvc, jdbc).act(tokenFor("handler2"), id, "accept").andExpect(status().isForbidden());
        assertThat(entries("handler2", "access.denied", "POST /api/v1/applications/" + id + "/accept")).isEqualTo(1);
    }
}
