package org.opencounty.content;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** The notice's prohibited content never gets past submission or publication, wherever it hides. */
class ScreeningOnSubmitTest extends IntegrationTest {

    private ArticleApi api;

    @BeforeEach
    void setUp() {
        api = new ArticleApi(mvc, jdbc);
    }

    @Test
    void aClassificationMarkingBlocksTheSubmissionAndChangesNothing() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "policies", "关于印发某方案的通知", "<p>秘密★1年</p><p>方案正文如下。</p>");
        long version = api.version(officer, id);
        api.act(officer, id, "submit")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"))
                .andExpect(jsonPath("$.findings[0].rule").value("CLASSIFICATION_MARKING"))
                .andExpect(jsonPath("$.findings[0].text").value("秘密★1年"))
                .andExpect(jsonPath("$.findings[0].position").value(0))
                .andExpect(jsonPath("$.findings[0].field").value("body"))
                .andExpect(jsonPath("$.findings[0].severity").value("BLOCK"))
                .andExpect(jsonPath("$.findings[0].excerpt").value("秘密★1年 方案正文如下。"))
                .andExpect(jsonPath("$.fields.body").value(org.hamcrest.Matchers.containsString("秘密★1年")))
                .andExpect(jsonPath("$.message").isNotEmpty());
        api.act(officer, id, "submit", "{\"acknowledgeWarnings\":true}").andExpect(status().isUnprocessableContent());
        // The refusal is on record although nothing else changed.
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'article.submit' and target = :target and result = 'DENIED'""")
                .param("target", "article:" + id).query(Long.class).single()).isEqualTo(2);
        api.get(officer, id).andExpect(jsonPath("$.state").value("DRAFT")).andExpect(jsonPath("$.version").value(version));
    }

    @Test
    void personalContactsNeedTheSubmittersAcknowledgment() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "notices", "关于招聘协管员的公告", "<p>报名联系人王老师，电话13999012345。</p>");
        api.act(officer, id, "submit")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_WARNINGS"))
                .andExpect(jsonPath("$.findings[0].rule").value("MOBILE_NUMBER"))
                .andExpect(jsonPath("$.findings[0].severity").value("WARN"))
                .andExpect(jsonPath("$.findings[0].text").value("13999012345"));
        api.get(officer, id).andExpect(jsonPath("$.state").value("DRAFT"));
        api.act(officer, id, "submit", "{\"acknowledgeWarnings\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PENDING_LEADER"))
                .andExpect(jsonPath("$.history[-1].reason").value(org.hamcrest.Matchers.containsString("13999012345")));
        api.act(tokenFor("leader1"), id, "approve");
        api.act(tokenFor("center"), id, "approve").andExpect(jsonPath("$.state").value("PUBLISHED"));
    }

    @Test
    void aProhibitedTermAddedByTheCenterStopsPublicationOfWhatWasAlreadySubmitted() throws Exception {
        String officer = tokenFor("officer1");
        String admin = tokenFor("admin");
        long id = api.createdId(officer, "news", "市场监管所开展宣传活动", "<p>活动现场发放了测试禁用词甲宣传册。</p>");
        api.act(officer, id, "submit").andExpect(status().isOk());
        api.act(tokenFor("leader1"), id, "approve");

        String created = mvc.perform(post("/api/v1/screening/terms").header("Authorization", bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"term\":\"测试禁用词甲\",\"category\":\"测试\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long termId = ((Number) JsonPath.read(created, "$.id")).longValue();
        try {
            api.act(tokenFor("center"), id, "approve")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.findings[0].rule").value("PROHIBITED_TERM"));
            api.get(officer, id).andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        } finally {
            mvc.perform(delete("/api/v1/screening/terms/" + termId).header("Authorization", bearer(admin))).andExpect(status().isNoContent());
        }
    }

    @Test
    void onlyCenterAdministratorsChangeTheTermList() throws Exception {
        mvc.perform(post("/api/v1/screening/terms").header("Authorization", bearer(tokenFor("center")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"term\":\"某词\",\"category\":\"测试\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/screening/terms").header("Authorization", bearer(tokenFor("admin")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"term\":\"\",\"category\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.term").exists());
        mvc.perform(get("/api/v1/screening/terms").header("Authorization", bearer(tokenFor("officer1")))).andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from audit_entry where action = 'screening.term.add'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(0L);
    }

    @Test
    void anAttachmentMarkedInternalBlocksTheSubmission() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "notices", "附件检查测试", "<p>见附件。</p>");
        mvc.perform(multipart("/api/v1/articles/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "方案.docx", "application/octet-stream", docx("内部资料 注意保存\n具体方案如下")))
                        .header("Authorization", bearer(officer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename").value("方案.docx"));
        api.act(officer, id, "submit")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[0].rule").value("INTERNAL_MARKING"))
                .andExpect(jsonPath("$.findings[0].field").value("attachment:方案.docx"));
    }

    @Test
    void badUploadsAreRefusedWithoutSideEffects() throws Exception {
        String officer = tokenFor("officer1");
        long id = api.createdId(officer, "notices", "上传检查测试", "<p>见附件。</p>");
        String[][] cases = {
                {"run.exe", "MZ...", "只能上传"},
                {"../../etc/passwd.pdf", "not a pdf", "文件内容与扩展名不符"},
                {"empty.pdf", "", "上传的是空文件"},
                {"page.html", "<script>", "只能上传"}};
        for (String[] c : cases) {
            mvc.perform(multipart("/api/v1/articles/" + id + "/attachments")
                            .file(new MockMultipartFile("file", c[0], "application/pdf", c[1].getBytes(StandardCharsets.UTF_8)))
                            .header("Authorization", bearer(officer)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.fields.file").value(org.hamcrest.Matchers.containsString(c[2])));
        }
        mvc.perform(multipart("/api/v1/articles/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "../../公告.pdf", "text/html", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
                        .header("Authorization", bearer(officer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename").value("公告.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"));
        api.get(officer, id).andExpect(jsonPath("$.attachments.length()").value(1));
        mvc.perform(multipart("/api/v1/articles/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                        .header("Authorization", bearer(tokenFor("officer2"))))
                .andExpect(status().isForbidden());
    }

    private static byte[] docx(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (String line : text.split("\n")) {
                xml.append("<w:p><w:r><w:t>").append(line).append("</w:t></w:r></w:p>");
            }
            zip.write(xml.append("</w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
