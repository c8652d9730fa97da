package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The citizen's path in the browser: 办件查询 from the home page, an incomplete application, uploads over the limit. */
class CitizenPathInBrowserTest extends BrowserTest {

    private long onlineItem() {
        return jdbc.sql("select entry_id from published_entry where unit_code = 'market' and kind = 'ITEM' and online order by entry_id limit 1")
                .query(Long.class).single();
    }

    private static Path fileOf(long megabytes, String suffix) throws Exception {
        Path file = Files.createTempFile("upload", suffix);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("%PDF-1.4 ".getBytes());
            raf.setLength(megabytes << 20);
        }
        return file;
    }

    private void withoutJavaScript() {
        reopen(options -> options.setJavaScriptEnabled(false));
    }

    @Test
    void theStatusIsFoundFromTheHomePageAndReadsCodesAsTyped() throws Exception {
        signIn("citizen1", DEMO_PASSWORD);
        page.navigate(url("/services/" + onlineItem() + "/apply"));
        var files = page.locator("input[type=file]");
        for (int i = 0; i < files.count(); i++) {
            files.nth(i).setInputFiles(fileOf(1, ".pdf"));
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
        String code = page.locator("#query-code").textContent().strip();
        reopen(options -> options);
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("办件查询")).first().click();
        page.getByLabel("查询码").fill(code.toLowerCase());
        page.getByLabel("申请人手机号码").fill("139 9900 0001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        assertThat(page.locator("#status-result")).isVisible();
        assertThat(page.locator("#status-history")).containsText("报送");
    }

    @Test
    void anIncompleteApplicationSaysWhatIsMissing() {
        signIn("citizen1", DEMO_PASSWORD);
        page.navigate(url("/services/" + onlineItem() + "/apply"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("申请尚未提交，已保存为草稿");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("请上传以下必需材料");
        assertThat(page.locator("#application-state")).containsText("填写中");
    }

    @Test
    void aFileOverTheLimitIsRefusedInThePageAndWhatWasTypedStays() throws Exception {
        signIn("citizen1", DEMO_PASSWORD);
        page.navigate(url("/services/" + onlineItem() + "/apply"));
        page.getByLabel("单位名称（法人申请时填写）").fill("巴里坤县东街便民超市");
        page.locator("input[type=file]").first().setInputFiles(fileOf(21, ".pdf"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("超过了每个文件20.0MB的限制");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/apply$"));
        assertThat(page.getByLabel("单位名称（法人申请时填写）")).hasValue("巴里坤县东街便民超市");
    }

    @Test
    void withoutJavaScriptAnUploadOverTheLimitGets413InThePortalsLayout() throws Exception {
        withoutJavaScript();
        signIn("citizen1", DEMO_PASSWORD);
        page.navigate(url("/services/" + onlineItem() + "/apply"));
        page.locator("input[type=file]").first().setInputFiles(fileOf(26, ".pdf"));
        var response = page.waitForResponse(r -> r.url().contains("/apply") && r.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click());
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(413);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("上传的文件过大"))).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("每个文件不能超过20MB");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))).isVisible();
    }

    @Test
    void withoutJavaScriptAnAttachmentOverTheLimitGets413InTheBackOfficesLayout() throws Exception {
        String token = tokenFor("officer1");
        String created = mvc.perform(post("/api/v1/articles").header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"notices\",\"title\":\"附件过大测试\",\"body\":\"<p>正文</p>\"}"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        withoutJavaScript();
        signIn("officer1", DEMO_PASSWORD);
        page.navigate(url("/admin/articles/" + id));
        page.getByLabel("上传附件", new Page.GetByLabelOptions().setExact(false)).setInputFiles(fileOf(26, ".pdf"));
        var response = page.waitForResponse(r -> r.url().contains("/attachments") && r.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传").setExact(true)).click());
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(413);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("上传的文件过大"))).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("后台导航"))).isVisible();
    }

    @Test
    void aLargeUploadShowsProgressAndLeadsToTheApplication() throws Exception {
        signIn("citizen1", DEMO_PASSWORD);
        page.navigate(url("/services/" + onlineItem() + "/apply"));
        var files = page.locator("input[type=file]");
        for (int i = 0; i < files.count(); i++) {
            files.nth(i).setInputFiles(fileOf(2, ".pdf"));
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(page.locator("#application-state")).containsText("已提交，待受理");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/account/applications/\\d+$"));
    }
}
