package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.Listeners;
import org.opencounty.screening.BoundedAttachmentReadingTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Blank forms (空白表格) and samples (示例样表) per material (issue 10): attached by the unit's officer to the guide's
 * revision, screened and reviewed with it, downloadable from the live guide and offered on the application form, and
 * gone from the public as soon as the guide is withdrawn.
 */
class GuideMaterialFilesTest extends IntegrationTest {

    static final String GUIDE = GuideMaterialFilesTestData.GUIDE;

    @Test
    void aBlankFormGoesLiveWithItsGuideAndOnlyWhileItIsLive() throws Exception {
        long id = guide("表格测试：甲事项");
        MockHttpSession officer = sessionOf("officer1");
        byte[] pdf = BoundedAttachmentReadingTest.pdfWithText("Application form");
        attach(officer, id, "m1", "", "申请书（空白）.pdf", pdf).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择空白表格或示例样表")));
        attach(officer, id, "m9", "BLANK", "申请书（空白）.pdf", pdf).andExpect(status().isBadRequest());
        attach(officer, id, "m1", "BLANK", "申请书（空白）.pdf", pdf).andExpect(status().is3xxRedirection());
        long fileId = jdbc.sql("""
                        select f.id from catalogue_material_file f join catalogue_entry e on e.working_revision_id = f.revision_id
                        where e.id = :id""").param("id", id).query(Long.class).single();
        mvc.perform(get("/admin/catalogue/entries/" + id).session(officer))
                .andExpect(content().string(containsString("空白表格：<a href=\"/admin/catalogue/entries/" + id + "/files/" + fileId + "\"")));

        String url = "/services/" + id + "/attachments/" + fileId;
        mvc.perform(get(url)).andExpect(status().isNotFound());

        act("officer1", id, "submit").andExpect(status().isOk());
        act("leader1", id, "approve").andExpect(status().isOk());
        act("center", id, "approve").andExpect(jsonPath("$.state").value("PUBLISHED"));

        Listeners.awaitCompletion(jdbc);
        mvc.perform(get("/services/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"" + url + "\" download>下载空白表格：申请书（空白）.pdf</a>")));
        mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/services/" + id + "/apply").session(sessionOf("citizen1")))
                .andExpect(content().string(containsString("<a href=\"" + url + "\" download>下载空白表格")));

        // The next revision starts with the file; the live one keeps serving it meanwhile.
        attach(officer, id, "m2", "SAMPLE", "营业执照（样表）.pdf", BoundedAttachmentReadingTest.pdfWithText("Sample")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from catalogue_material_file f join catalogue_entry e on e.working_revision_id = f.revision_id where e.id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/services/" + id)).andExpect(content().string(not(containsString("营业执照（样表）.pdf"))));

        mvc.perform(post("/api/v1/service-items/" + id + "/withdraw").header("Authorization", bearer(tokenFor("center")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"测试撤回\"}")).andExpect(status().isOk());
        Listeners.awaitCompletion(jdbc);
        mvc.perform(get(url)).andExpect(status().isNotFound());
    }

    @Test
    void aPictureThatCannotBeReadIsCheckedByEachReviewer() throws Exception {
        long id = guide("表格测试：图片样表");
        MockHttpSession officer = sessionOf("officer1");
        attach(officer, id, "m1", "SAMPLE", "样表.png", png()).andExpect(status().is3xxRedirection());
        act("officer1", id, "submit").andExpect(status().isOk());
        MockHttpSession leader = sessionOf("leader1");
        mvc.perform(post("/admin/catalogue/entries/" + id + "/approve").session(leader).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("未能自动审查")));
        mvc.perform(post("/admin/catalogue/entries/" + id + "/approve").param("acknowledgeUnreadable", "true").session(leader).with(csrf()))
                .andExpect(status().is3xxRedirection());
        act("center", id, "approve").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("SCREENING_WARNINGS"));
    }

    @Test
    void aMarkingInAFormsNameStopsTheGuide() throws Exception {
        long id = guide("表格测试：标志");
        attach(sessionOf("officer1"), id, "m1", "BLANK", "内部资料申请书.pdf", BoundedAttachmentReadingTest.pdfWithText("form"))
                .andExpect(status().is3xxRedirection());
        act("officer1", id, "submit").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"));
    }

    private long guide(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/service-items").header("Authorization", bearer(tokenFor("officer1")))
                        .contentType(MediaType.APPLICATION_JSON).content(GUIDE.formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions attach(MockHttpSession session, long id, String material, String purpose, String name, byte[] content)
            throws Exception {
        return mvc.perform(multipart("/admin/catalogue/entries/" + id + "/files")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("material", material).param("purpose", purpose).session(session).with(csrf()));
    }

    private ResultActions act(String username, long id, String action) throws Exception {
        return mvc.perform(post("/api/v1/service-items/" + id + "/" + action).header("Authorization", bearer(tokenFor(username)))
                .contentType(MediaType.APPLICATION_JSON).content("{}"));
    }

    private static byte[] png() {
        byte[] png = new byte[64];
        byte[] signature = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, png, 0, signature.length);
        return png;
    }
}
