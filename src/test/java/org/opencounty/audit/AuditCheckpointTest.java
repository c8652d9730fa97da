package org.opencounty.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** Issue 16.12: deleting the newest audit entries is detected against a signed checkpoint kept outside the database. */
class AuditCheckpointTest extends IntegrationTest {

    @Test
    void deletingTheNewestEntriesIsDetected() throws Exception {
        MockHttpSession admin = sessionOf("admin");
        mvc.perform(post("/admin/audit/checkpoint").session(admin).with(csrf())).andExpect(redirectedUrl("/admin/audit?checkpoint"));
        long anchored = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
        assertThat(jdbc.sql("select action from audit_entry where id = :id").param("id", anchored).query(String.class).single())
                .isEqualTo("audit.checkpoint");
        mvc.perform(get("/admin/audit").session(admin))
                .andExpect(content().string(Matchers.containsString("截至第 " + anchored + " 条")))
                .andExpect(content().string(Matchers.containsString("签名有效")));
        String token = tokenFor("admin");
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(token)))
                .andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.checkpoint.lastId").value(anchored));

        // Someone with database access deletes the newest entries, the checkpoint's one among them; the chain
        // that remains is whole, so only the checkpoint can tell.
        jdbc.sql("create table audit_entry_saved as select * from audit_entry where id >= :id").param("id", anchored).update();
        guard(false);
        try {
            jdbc.sql("delete from audit_entry where id >= :id").param("id", anchored).update();
            mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(token)))
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.truncated").value(true))
                    .andExpect(jsonPath("$.firstBrokenId").doesNotExist());
            mvc.perform(post("/admin/audit/verify").session(admin).with(csrf()))
                    .andExpect(content().string(Matchers.containsString("最新的记录可能被删除")));
            // A new checkpoint would bless the truncation: refused, the old one stays.
            mvc.perform(post("/admin/audit/checkpoint").session(admin).with(csrf())).andExpect(status().isConflict());
        } finally {
            jdbc.sql("delete from audit_entry where id >= :id").param("id", anchored).update();
            jdbc.sql("insert into audit_entry select * from audit_entry_saved").update();
            jdbc.sql("drop table audit_entry_saved").update();
            guard(true);
        }
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void anAlteredCheckpointIsReportedAndItsKeyIsTheOwnersOnly() throws Exception {
        MockHttpSession admin = sessionOf("admin");
        mvc.perform(post("/admin/audit/checkpoint").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        Path key = AUDIT_FOLDER.resolve("checkpoint.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        Path note = AUDIT_FOLDER.resolve("checkpoint.properties");
        String original = Files.readString(note);
        // Lowering the count (or the id) to match a truncated log breaks the signature.
        Files.writeString(note, original.replaceFirst("count=(\\d+)", "count=1"));
        try {
            mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer(tokenFor("admin"))))
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.truncated").value(true))
                    .andExpect(jsonPath("$.checkpoint.signatureValid").value(false));
        } finally {
            Files.writeString(note, original);
        }
    }

    @Test
    void onlyCenterAdministratorsWriteCheckpoints() throws Exception {
        mvc.perform(post("/admin/audit/checkpoint").session(sessionOf("supervisor")).with(csrf())).andExpect(status().isForbidden());
    }

    private void guard(boolean on) {
        jdbc.sql("alter table audit_entry " + (on ? "enable" : "disable") + " trigger audit_entry_append_only").update();
    }
}
