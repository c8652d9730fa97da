package org.opencounty.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** Classified documents never enter the platform: the text and every attachment are screened, in the API and the pages. */
class ClassifiedDocumentTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    DocumentApi api;
    String drafter;

    @BeforeEach
    void office() throws Exception {
        api = new DocumentApi(mvc, accounts);
        drafter = tokenFor(api.drafter);
    }

    @Test
    void aClassificationMarkingInTheBodyIsRefusedWithTheSubmissionsRefusal() throws Exception {
        long before = documents();
        api.post(drafter, "/api/v1/documents", DocumentApi.draftJson("关于安全工作的通知", List.of("market"), "")
                        .replace("<p>请各单位按要求办理。</p>", "<p>机密★5年</p><p>请各单位按要求办理。</p>"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"))
                .andExpect(jsonPath("$.message").value(containsString("涉密公文不得在电子政务外网上处理")))
                .andExpect(jsonPath("$.fields.body").exists())
                .andExpect(jsonPath("$.findings[0].rule").value("CLASSIFICATION_MARKING"))
                .andExpect(jsonPath("$.findings[0].text").value("机密★5年"));
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aClassifiedAttachmentIsRefusedAndNotStored() throws Exception {
        long id = api.drafted(drafter, DocumentApi.draftJson("关于报送材料的通知", List.of("market"), ""));
        mvc.perform(multipart("/api/v1/documents/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "材料.txt", "text/plain", "秘密★1年\n附件正文".getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", bearer(drafter)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"))
                .andExpect(jsonPath("$.findings[0].field").value("attachment:材料.txt"));
        assertThat(jdbc.sql("select count(*) from document_attachment where document_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void thePageSaysWhyAndKeepsWhatWasWritten() throws Exception {
        long before = documents();
        mvc.perform(post("/admin/documents").session(sessionOf(api.drafter)).with(csrf())
                        .param("kind", "NOTICE").param("title", "关于保密工作的通知").param("body", "<p>绝密★长期</p><p>正文。</p>")
                        .param("recipients", "market").param("urgency", "NONE").param("disclosure", "NOT_PUBLIC")
                        .param("disclosureReason", "涉及内部管理"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("涉密公文不得在电子政务外网上处理")))
                .andExpect(content().string(containsString("关于保密工作的通知")));
        assertThat(documents()).isEqualTo(before);
    }

    private long documents() {
        return jdbc.sql("select count(*) from official_document").query(Long.class).single();
    }
}
