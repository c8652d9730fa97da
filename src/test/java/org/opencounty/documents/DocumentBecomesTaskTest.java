package org.opencounty.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.Listeners;
import org.opencounty.TestAccounts;
import org.opencounty.coordination.ExtranetConnections;
import org.opencounty.coordination.TaskIssuing;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seams between issues 11 and 12: a dispatched document with a 办理时限 becomes a task of its receiving units, once;
 * one without stays a document; the coordination module's "extranet connected" reads the registry.
 */
class DocumentBecomesTaskTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TaskIssuing issuing;
    @Autowired
    ExtranetConnections connections;

    DocumentApi api;
    DocumentApi.Tokens tokens;

    @BeforeEach
    void office() throws Exception {
        api = new DocumentApi(mvc, accounts);
        tokens = new DocumentApi.Tokens(tokenFor(api.drafter), tokenFor(api.reviewer), tokenFor(api.leader));
    }

    private long tasksFor(long documentId) {
        return jdbc.sql("select count(*) from coord_task where basis_url = :url").param("url", "/admin/documents/" + documentId)
                .query(Long.class).single();
    }

    @Test
    void aDocumentWithADeadlineBecomesATaskOfItsRecipientsOnce() throws Exception {
        String json = DocumentApi.draftJson("关于报送信息联络员名单的通知", List.of("market", "balikun-zhen"), "")
                .replace("\"disclosure\":\"PUBLIC\"", "\"disclosure\":\"PUBLIC\",\"deadline\":\"2026-07-31\"");
        long id = api.readyToRegister(tokens, json);
        String number = api.dispatched(tokens, id);
        Listeners.awaitCompletion(jdbc);

        assertThat(tasksFor(id)).isEqualTo(1);
        Map<String, Object> task = jdbc.sql("select id, basis, deadline, issued_by from coord_task where basis_url = :url")
                .param("url", "/admin/documents/" + id).query().singleRow();
        assertThat(task).containsEntry("basis", number).containsEntry("issued_by", "公文 " + number);
        assertThat(task.get("deadline").toString()).isEqualTo("2026-07-31");
        api.get(tokenFor("center"), "/api/v1/tasks/" + task.get("id")).andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(2))
                .andExpect(jsonPath("$.units[?(@.unit=='market')].state").value("NOT_STARTED"));

        // The listener may be delivered again after a restart: still one task.
        long siteId = jdbc.sql("select site_id from coord_task where basis_url = :url").param("url", "/admin/documents/" + id)
                .query(Long.class).single();
        assertThat(issuing.fromDocument(siteId, id, number, "again", LocalDate.of(2026, 7, 31), List.of(1L))).isEmpty();
        assertThat(tasksFor(id)).isEqualTo(1);
    }

    @Test
    void aDocumentWithoutDeadlineStaysADocument() throws Exception {
        long id = api.readyToRegister(tokens, DocumentApi.draftJson("关于转发学习材料的通知", List.of("market"), ""));
        api.dispatched(tokens, id);
        Listeners.awaitCompletion(jdbc);

        assertThat(tasksFor(id)).isZero();
    }

    @Test
    void extranetConnectedIsReadFromTheRegistry() {
        List<Map<String, Object>> rows = jdbc.sql("""
                select unit_id, connected_on from extranet_connection where status in ('CONNECTED', 'ACCEPTED')
                and connected_on is not null limit 1""").query().listOfRows();
        assertThat(rows).as("the demo registry has a connected unit").isNotEmpty();
        long unitId = ((Number) rows.getFirst().get("unit_id")).longValue();
        LocalDate day = LocalDate.parse(rows.getFirst().get("connected_on").toString());

        assertThat(connections.connectedSince(unitId)).hasValueSatisfying(moment ->
                assertThat(moment.atZone(org.opencounty.common.TimeConfiguration.CHINA).toLocalDate()).isEqualTo(day));
        long notConnected = jdbc.sql("select id from unit where id not in (select unit_id from extranet_connection where status in "
                + "('CONNECTED', 'ACCEPTED')) limit 1").query(Long.class).single();
        assertThat(connections.connectedSince(notConnected)).isEmpty();
    }
}
