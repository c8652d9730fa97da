package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grassroots disclosure on a phone 375 pixels wide (issue 14): a village's month of finance from Excel through the
 * monitor, the director and the township to a visitor who asks and the village that answers; a party branch's 公示 with
 * an objection from the public. Every page found by what people read on it.
 */
class GrassrootsInBrowserTest extends BrowserTest {

    @BeforeEach
    void phone() {
        reopen(options -> options.setViewportSize(375, 800));
    }

    private void as(String username) {
        reopen(options -> options.setViewportSize(375, 800));
        if (username != null) {
            signIn(username, DEMO_PASSWORD);
        }
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    private void fitsThePhone() {
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(width).as("scroll width of %s", page.url()).isLessThanOrEqualTo(375);
    }

    @Test
    void aMonthOfFinanceFromExcelReachesTheVillagersWhoAskAndAreAnswered() throws Exception {
        Path workbook = workbook();
        as("village1");
        page.navigate(url("/admin/village-disclosures/new?category=FINANCE"));
        assertThat(page.getByLabel("公开期间")).hasValue("2026-07");
        page.getByLabel("Excel 工作簿（.xlsx）").setInputFiles(workbook);
        button("导入到下表").click();
        assertThat(page.getByLabel("第1行摘要")).hasValue("集体草场承包费");
        assertThat(page.getByLabel("第2行金额")).hasValue("386.5");
        assertThat(page.getByLabel("期末余额（元）")).hasValue("21213.6");
        button("保存草稿").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存为草稿");
        String admin = page.url().replaceAll("\\?.*", "");
        button("报送审核").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已报送");

        as("monitor1");
        page.navigate(admin);
        button("村务监督委员会审核通过").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已审核");
        as("villagehead1");
        page.navigate(admin);
        button("审核通过").click();
        assertThat(page.getByText("待乡镇审核")).isVisible();
        as("township1");
        page.navigate(admin);
        button("审核通过").click();
        assertThat(page.getByText("已发布", new Page.GetByTextOptions().setExact(true))).isVisible();
        String id = admin.substring(admin.lastIndexOf('/') + 1);

        as(null);
        page.navigate(url("/villages"));
        fitsThePhone();
        link("东湖村").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("东湖村村务公开"))).isVisible();
        fitsThePhone();
        page.navigate(url("/village-disclosures/" + id));
        assertThat(page.getByText("21213.60").first()).isVisible();
        assertThat(page.locator("td[data-label='摘要']", new Page.LocatorOptions().setHasText("水渠维修材料费"))).isVisible();
        fitsThePhone();
        page.getByLabel("姓名或称呼（随问题公开）").fill("村民老马");
        page.getByLabel("问题", new Page.GetByLabelOptions().setExact(true)).fill("水渠维修材料费是在哪里买的？");
        button("提交质询").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已收到您的质询");

        as("village1");
        page.navigate(admin);
        page.getByLabel("答复（将公开，期限 2026-07-24）").fill("在县建材门市部购买，比价三家。");
        button("公开答复").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已答复");
        as(null);
        page.navigate(url("/village-disclosures/" + id));
        assertThat(page.getByText("村委会答复：在县建材门市部购买，比价三家。")).isVisible();
        page.navigate(url("/village-disclosures/" + id + "/print"));
        fitsThePhone();
    }

    @Test
    void aBranchsAnnouncementTakesAnObjectionFromThePublic() {
        as("party1");
        page.navigate(url("/admin/party-disclosures/new"));
        page.getByLabel("公开目录类别").selectOption("发展党员公示");
        page.getByLabel("向社会公开").check();
        page.getByLabel("标题").fill("关于确定马晓明同志为发展对象的公示");
        page.getByLabel("公开内容").fill("经支部委员会研究，拟确定马晓明同志为发展对象，现予公示。");
        page.getByLabel("这是公示（如发展对象公示），公示期间接受异议").check();
        button("保存草稿").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存为草稿");
        String admin = page.url().replaceAll("\\?.*", "");
        button("报送审核").click();
        as("partyhead1");
        page.navigate(admin);
        button("审核通过").click();
        as("township1");
        page.navigate(admin);
        button("审核通过").click();
        assertThat(page.getByText("已发布（实施）", new Page.GetByTextOptions().setExact(true))).isVisible();

        as(null);
        page.navigate(url("/party/donghu-cun-party"));
        fitsThePhone();
        link("关于确定马晓明同志为发展对象的公示").click();
        assertThat(page.getByText("公示中").first()).isVisible();
        page.getByLabel("姓名（仅党组织可见）").fill("王群众");
        page.getByLabel("联系电话或地址（仅党组织可见）").fill("13999001234");
        page.getByLabel("异议的事实和理由").fill("该同志上月未参加村里的集体劳动。");
        button("提交异议").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已收到您反映的情况");
        assertThat(page.getByText("13999001234")).hasCount(0);

        as("party1");
        page.navigate(admin);
        assertThat(page.getByText("王群众")).isVisible();
        assertThat(page.getByText("13999001234", new Page.GetByTextOptions().setExact(false))).isVisible();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.opencounty.accounts.Accounts accounts;

    @Test
    void citizensRegisterForACommunityActivityUntilItIsFull() throws Exception {
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/activities")
                        .header("Authorization", bearer(tokenFor("community1"))).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"community\":\"dongjie-community\",\"title\":\"帮老人打扫庭院\",\"place\":\"东街社区服务站\","
                                + "\"startsAt\":\"2026-07-21T10:30\",\"capacity\":2}"))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(json).contains("帮老人打扫庭院");
        long site = jdbc.sql("select id from site where code = 'barkol'").query(Long.class).single();
        for (int i = 1; i <= 3; i++) {
            String username = "yard" + i + "v" + System.nanoTime() % 100_000;
            accounts.registerCitizen(site, username, "居民" + i, "1388" + String.format("%07d", (System.nanoTime() / 11 + i) % 10_000_000), null, DEMO_PASSWORD);
            as(username);
            page.navigate(url("/communities/dongjie-community"));
            fitsThePhone();
            Locator register = button("报名：帮老人打扫庭院");
            if (i < 3) {
                register.click();
                assertThat(page.getByRole(AriaRole.STATUS)).containsText("报名成功");
                assertThat(button("取消报名：帮老人打扫庭院")).isVisible();
            } else {
                assertThat(register).hasCount(0);
                assertThat(page.locator("article", new Page.LocatorOptions().setHasText("帮老人打扫庭院"))).containsText("已满");
            }
        }

        // The community's officer sees who signed up, on the phone too.
        as("community1");
        page.navigate(url("/admin/communities/dongjie-community"));
        link("帮老人打扫庭院").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("报名名单（2 人）"))).isVisible();
        Locator volunteers = page.locator("td[data-label='姓名']");
        assertThat(volunteers).hasText(new String[] {"居民1", "居民2"});
        assertThat(link("导出报名名单（CSV）")).isVisible();
        fitsThePhone();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/villages", "/communities", "/villages/jiuhu-cun", "/townships/balikun-zhen/villages",
            "/communities/dongjie-community", "/party/donghu-cun-party", "/units"})
    void theGrassrootsPagesFitThePhone(String path) {
        page.navigate(url(path));
        fitsThePhone();
    }

    @Test
    void aTownshipSeesItsLateVillagesAtAGlance() {
        page.navigate(url("/townships/balikun-zhen/villages"));
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("西黑沟村"));
        assertThat(row).containsText("逾期");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("园林村"))).containsText("按时公开");
    }

    /** A month of finance as a village keeps it in Excel: numbers as numbers, dates as dates, the balances as rows. */
    private static Path workbook() throws Exception {
        Path file = Files.createTempFile("finance", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("收支明细");
            String[] header = {"日期", "摘要", "收支", "金额", "往来单位", "凭证号"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            var dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Object[][] rows = {
                    {null, "期初余额", null, 9000.00, null, null},
                    {java.time.LocalDate.of(2026, 7, 3), "集体草场承包费", "收入", 12600.10, "承包户", "记-701"},
                    {java.time.LocalDate.of(2026, 7, 9), "水渠维修材料费", "支出", 386.50, "县建材门市部", "记-702"},
                    {null, "期末余额", null, 21213.60, null, null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof java.time.LocalDate day) {
                        var cell = row.createCell(c);
                        cell.setCellValue(day);
                        cell.setCellStyle(dates);
                    } else if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
        }
        return file;
    }
}
