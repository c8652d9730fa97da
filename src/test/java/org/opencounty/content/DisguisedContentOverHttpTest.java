package org.opencounty.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 10 §1 and 16.3/16.4 through HTTP: the published article "机密★1年" with an invisible character can no
 * longer be submitted or published; markings in an attachment's file name block; an attachment that cannot be
 * read (a picture, a zip bomb) reaches every reviewer as a warning they must acknowledge, and never a 500.
 */
class DisguisedContentOverHttpTest extends IntegrationTest {

    private static final String DISGUISED = "<p>机\u200B密★1年</p><p>关于某项工作的安排。</p>";

    private ArticleApi api;

    @BeforeEach
    void setUp() {
        api = new ArticleApi(mvc, jdbc);
    }

    @Test
    void theInvisibleCharacterArticleCannotBeSubmitted() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "notices", "关于某项工作的通知", DISGUISED);

        api.act(officer, id, "submit", "{\"acknowledgeWarnings\":true}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"))
                .andExpect(jsonPath("$.findings[0].rule").value("CLASSIFICATION_MARKING"))
                .andExpect(jsonPath("$.findings[0].text").value("机\u200B密★1年"))
                .andExpect(jsonPath("$.findings[0].position").value(0));
        api.get(officer, id).andExpect(jsonPath("$.state").value("DRAFT"));

        MockHttpSession session = signIn("officer1");
        mvc.perform(post("/admin/articles/" + id + "/submit").session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("含有密级标志")));
        api.get(officer, id).andExpect(jsonPath("$.state").value("DRAFT"));
    }

    @Test
    void theInvisibleCharacterArticleCannotBePublishedEvenIfItReachedTheCenter() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "notices", "关于某项工作的通知（二）", "<p>关于某项工作的安排。</p>");
        api.act(officer, id, "submit").andExpect(status().isOk());
        api.act(tokenFor("leader1"), id, "approve").andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        // As it was in the reported case: the text under review carries the disguised marking.
        jdbc.sql("update article_revision set body = :body where id = (select working_revision_id from article where id = :id)")
                .param("body", DISGUISED).param("id", id).update();

        api.act(tokenFor("center"), id, "approve")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"))
                .andExpect(jsonPath("$.findings[0].text").value("机\u200B密★1年"));
        api.get(officer, id).andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        api.portal("/articles/" + id).andExpect(status().isNotFound());
    }

    @Test
    void aMarkingInAnAttachmentsFileNameBlocks() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "notices", "附件名称检查", "<p>见附件。</p>");
        upload(officer, id, "內部資料-2026.txt", "会议安排".getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated());

        api.act(officer, id, "submit", "{\"acknowledgeWarnings\":true}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"))
                .andExpect(jsonPath("$.findings[0].rule").value("INTERNAL_MARKING"))
                .andExpect(jsonPath("$.findings[0].field").value("attachment:內部資料-2026.txt（文件名）"));
    }

    @Test
    void aPictureMustBeAcknowledgedAsCheckedByHandAtEachStep() throws Exception {
        String officer = tokenFor("officer1");
        String leader = tokenFor("leader1");
        String center = tokenFor("center");
        long id = api.createdId(officer, "news", "活动现场照片", "<p>现场照片见附件。</p>");
        upload(officer, id, "现场.png", png()).andExpect(status().isCreated());

        api.act(officer, id, "submit")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_WARNINGS"))
                .andExpect(jsonPath("$.findings[0].rule").value("ATTACHMENT_UNREADABLE"))
                .andExpect(jsonPath("$.findings[0].message").value(containsString("未能自动审查，请人工核对")));
        api.act(officer, id, "submit", "{\"acknowledgeWarnings\":true}").andExpect(jsonPath("$.state").value("PENDING_LEADER"));

        api.act(leader, id, "approve")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_WARNINGS"))
                .andExpect(jsonPath("$.message").value(containsString("附件未能自动审查，请人工核对")))
                .andExpect(jsonPath("$.findings[0].field").value("attachment:现场.png"));
        api.get(officer, id).andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        MockHttpSession leaderSession = signIn("leader1");
        mvc.perform(get("/admin/articles/" + id).session(leaderSession))
                .andExpect(content().string(containsString("未能自动审查，请人工核对")))
                .andExpect(content().string(containsString("name=\"acknowledgeUnreadable\"")));
        mvc.perform(post("/admin/articles/" + id + "/approve").session(leaderSession).with(csrf())
                        .param("acknowledgeUnreadable", "true"))
                .andExpect(status().is3xxRedirection());
        api.get(officer, id).andExpect(jsonPath("$.state").value("PENDING_CENTER"));

        api.act(center, id, "approve").andExpect(status().isUnprocessableContent());
        api.act(center, id, "approve", "{\"acknowledgeUnreadable\":true}").andExpect(jsonPath("$.state").value("PUBLISHED"));

        assertThat(audit(id, "DENIED")).hasSize(2);
        assertThat(audit(id, "SUCCESS")).hasSize(2).allMatch(details -> details.contains("审核人确认已人工核对") && details.contains("现场.png"));
    }

    @Test
    void aZipBombIsAcceptedQuicklyAndFlaggedNeverAFiveHundredNorSilence() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "notices", "大附件检查", "<p>见附件。</p>");
        byte[] bomb = bomb();
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        upload(officer, id, "方案.docx", bomb).andExpect(status().isCreated());
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(15_000);
        assertThat(jdbc.sql("select readable from attachment_reading where sha256 = :sha")
                .param("sha", org.opencounty.files.FileStore.sha256(bomb)).query(Boolean.class).list()).containsExactly(false);

        api.act(officer, id, "submit")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_WARNINGS"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'ATTACHMENT_UNREADABLE')].field").value(org.hamcrest.Matchers.hasItem("attachment:方案.docx")));
    }

    private java.util.List<String> audit(long id, String result) {
        return jdbc.sql("select details from audit_entry where action = 'article.approve' and target = :t and result = :r order by id")
                .param("t", "article:" + id).param("r", result).query(String.class).list();
    }

    private ResultActions upload(String token, long id, String filename, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/articles/" + id + "/attachments")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .header("Authorization", bearer(token)));
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    private static byte[] png() {
        byte[] png = new byte[64];
        byte[] signature = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, png, 0, signature.length);
        return png;
    }

    /** A .docx with a body marked 内部资料 and many header parts inflating past the default bound (16.3, 16.4). */
    private static byte[] bomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        byte[] header = ("<w:hdr xmlns:w=\"" + w + "\"><w:p><w:r><w:t>" + " ".repeat(8 * 1024 * 1024) + "</w:t></w:r></w:p></w:hdr>")
                .getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"" + w + "\"><w:body><w:p><w:r><w:t>内部资料 11010519491231002X</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= 10; i++) {
                zip.putNextEntry(new ZipEntry("word/header" + i + ".xml"));
                zip.write(header);
            }
        }
        return out.toByteArray();
    }
}
