package org.opencounty.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** A dispatched 主动公开 document goes to the 政策文件 column in one step, through the articles' review chain. */
class DocumentPublishingTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void aPublicDocumentBecomesAPolicyArticleWithItsNumberAndDateOnce() throws Exception {
        DocumentApi api = new DocumentApi(mvc, accounts);
        DocumentApi.Tokens tokens = new DocumentApi.Tokens(tokenFor(api.drafter), tokenFor(api.reviewer), tokenFor(api.leader));
        long id = api.readyToRegister(tokens, DocumentApi.draftJson("关于公布政务服务事项清单的通知", List.of("market"), ""));
        api.post(tokens.drafter(), "/api/v1/documents/" + id + "/publish", null).andExpect(status().isConflict());
        String number = api.dispatched(tokens, id);

        String body = api.post(tokens.drafter(), "/api/v1/documents/" + id + "/publish", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long article = ((Number) JsonPath.read(body, "$.articleId")).longValue();
        Map<String, Object> row = jdbc.sql("""
                select a.category, a.state, r.document_number, r.issuing_body, r.written_on, r.title from article a
                join article_revision r on r.id = a.working_revision_id where a.id = ?""").param(article).query().singleRow();
        assertThat(row).containsEntry("category", "policies").containsEntry("state", "PENDING_LEADER")
                .containsEntry("document_number", number).containsEntry("title", "关于公布政务服务事项清单的通知");
        assertThat(row.get("written_on").toString()).isEqualTo("2026-07-14");
        assertThat((String) row.get("issuing_body")).contains("人民政府办公室");
        api.get(tokens.drafter(), "/api/v1/documents/" + id).andExpect(jsonPath("$.document.articleId").value(article));
        api.post(tokens.drafter(), "/api/v1/documents/" + id + "/publish", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_PUBLISHED"));
        // Not the reviewer, nor the leader: the office's information officer who may write articles.
        api.post(tokens.leader(), "/api/v1/documents/" + id + "/publish", null).andExpect(status().isForbidden());
    }

    @Test
    void aDocumentNotForThePublicIsNeverPublished() throws Exception {
        DocumentApi api = new DocumentApi(mvc, accounts);
        DocumentApi.Tokens tokens = new DocumentApi.Tokens(tokenFor(api.drafter), tokenFor(api.reviewer), tokenFor(api.leader));
        long id = api.readyToRegister(tokens, DocumentApi.draftJson("关于内部管理的通知", List.of("market"), "")
                .replace("\"disclosure\":\"PUBLIC\"", "\"disclosure\":\"NOT_PUBLIC\",\"disclosureReason\":\"内部管理事务\""));
        api.dispatched(tokens, id);
        api.post(tokens.drafter(), "/api/v1/documents/" + id + "/publish", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_STATE"));
    }

    @Test
    void thePrintViewAndThePdfCarryTheNumber() throws Exception {
        DocumentApi api = new DocumentApi(mvc, accounts);
        DocumentApi.Tokens tokens = new DocumentApi.Tokens(tokenFor(api.drafter), tokenFor(api.reviewer), tokenFor(api.leader));
        long id = api.readyToRegister(tokens, DocumentApi.draftJson("关于开展政务公开检查的通知", List.of("market", "balikun-zhen"), "加急"));
        String number = api.dispatched(tokens, id);
        byte[] pdf = api.get(tokens.drafter(), "/api/v1/documents/" + id + ".pdf").andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // The receiving unit prints it too.
        api.get(tokenFor("officer1"), "/api/v1/documents/" + id + ".pdf").andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/documents/" + id + "/print")
                        .session(sessionOf(api.drafter)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString(number), org.hamcrest.Matchers.containsString("加急"),
                                org.hamcrest.Matchers.containsString("巴里坤镇、县市场监督管理局"))));
    }
}
