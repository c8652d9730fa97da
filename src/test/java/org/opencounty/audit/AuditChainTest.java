package org.opencounty.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class AuditChainTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Test
    void theIntactChainVerifies() throws Exception {
        tokenFor("supervisor");
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.firstBrokenId").doesNotExist());
    }

    @Test
    void aTamperedEntryIsDetectedAndNamed() throws Exception {
        tokenFor("leader2");
        long id = jdbc.sql("select max(id) from audit_entry where actor = 'leader2' and action = 'login'").query(Long.class).single();
        String original = jdbc.sql("select client_address from audit_entry where id = :id").param("id", id).query(String.class).single();
        String token = tokenFor("admin");
        // Someone with direct database access switches off the guard and rewrites history.
        tamper(id, "203.0.113.66");
        try {
            mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(token)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBrokenId").value(id));
        } finally {
            tamper(id, original);
        }
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(token))).andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void theApplicationCannotRewriteOrDeleteRecentEntries() {
        long id = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'x' where id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", id).update())
                .hasMessageContaining("retention");
    }

    @Test
    void onlyAdministratorsAndSupervisorsMayVerify() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(tokenFor("officer1")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(tokenFor("supervisor")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
    }

    @Test
    void changesAreAuditedWithActorUnitTargetAndClientAddress() throws Exception {
        tokenFor("handler2");
        var row = jdbc.sql("select actor, unit_code, target, result, client_address from audit_entry "
                + "where actor = 'handler2' and action = 'login' order by id desc limit 1").query().singleRow();
        assertThat(row).containsEntry("unit_code", "balikun-zhen").containsEntry("target", "account:handler2")
                .containsEntry("result", "SUCCESS").containsEntry("client_address", "127.0.0.1");
    }

    private void tamper(long id, String clientAddress) {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
        try {
            jdbc.sql("update audit_entry set client_address = :c where id = :id").param("c", clientAddress).param("id", id).update();
        } finally {
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
        }
    }
}
