package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.opencounty.Listeners;
import org.opencounty.screening.BoundedAttachmentReadingTest;
import org.springframework.http.MediaType;

/** An officer attaches a material's blank form on the guide's page; once the guide passes review a citizen downloads it. */
class MaterialFormInBrowserTest extends BrowserTest {

    @Test
    void anOfficersBlankFormReachesTheCitizenOnTheGuidePage() throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/service-items")
                        .header("Authorization", bearer(tokenFor("officer1"))).contentType(MediaType.APPLICATION_JSON)
                        .content(org.opencounty.catalogue.GuideMaterialFilesTestData.GUIDE.formatted("表格测试：浏览器事项")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        byte[] pdf = BoundedAttachmentReadingTest.pdfWithText("Blank application form");

        signIn("officer1", DEMO_PASSWORD);
        page.navigate(url("/admin/catalogue/entries/" + id));
        page.getByLabel("申请材料").selectOption("m1");
        page.getByLabel("文件类型").selectOption("BLANK");
        page.getByLabel("选择文件").setInputFiles(new FilePayload("申请书（空白）.pdf", "application/pdf", pdf));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传表格")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申请书（空白）.pdf"))).isVisible();
        screenshot("material-form-attached");

        for (String[] step : new String[][]{{"officer1", "submit"}, {"leader1", "approve"}, {"center", "approve"}}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/service-items/" + id + "/" + step[1])
                    .header("Authorization", bearer(tokenFor(step[0]))).contentType(MediaType.APPLICATION_JSON).content("{}"));
        }
        Listeners.awaitCompletion(jdbc);

        reopen(options -> options);
        page.navigate(url("/services/" + id));
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("下载空白表格：申请书（空白）.pdf")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("申请书（空白）.pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
    }
}
