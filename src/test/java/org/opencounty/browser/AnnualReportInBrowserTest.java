package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The annual report in the browser, without scripts needed: the market office's officer fills the sections and
 * submits, its leader approves, the center publishes; a visitor finds it in 政府信息公开年报, opens it with its tables
 * and its print view, and on a phone its tables as labelled cards.
 */
class AnnualReportInBrowserTest extends BrowserTest {

    private static final int YEAR = 2023;

    @Test
    void theOfficerFillsTheLeaderApprovesTheCenterPublishesAndTheVisitorPrintsIt() {
        String path = "/admin/annual-reports/" + YEAR + "/market";
        as("officer1");
        page.navigate(url(path));
        page.getByLabel("总体情况").fill(YEAR + "年，本局主动公开政府信息 86 条，依申请公开均按期答复。");
        page.getByLabel("行政许可本年处理决定数量").fill("57");
        page.getByLabel("存在的主要问题及改进情况").fill("政策解读形式单一，下一步增加图解。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送单位领导审核")).click();
        assertThat(page.locator("#report-state")).hasText("待单位领导审核");

        as("leader1");
        page.navigate(url(path));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过")).click();
        assertThat(page.locator("#report-state")).hasText("待中心发布");

        as("center");
        page.navigate(url(path));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布到政府信息公开年报")).click();
        assertThat(page.locator("#report-state")).hasText("已公开");

        org.opencounty.Listeners.awaitCompletion(jdbc);
        context.clearCookies();
        page.navigate(url("/columns/annual-reports"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(YEAR + "年政府信息公开工作年度报告")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看完整报告（含表格）及打印版")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("三、收到和处理政府信息公开申请情况"))).isVisible();
        assertThat(page.locator("table").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("行政许可"))).containsText("57");
        // On a phone the tables read as labelled cards and nothing scrolls sideways.
        String reportUrl = page.url();
        reopen(options -> options.setViewportSize(375, 800));
        page.navigate(reportUrl);
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(375);
        org.assertj.core.api.Assertions.assertThat((String) page.evaluate(
                "getComputedStyle(document.querySelector('#requests-table td'), '::before').content")).contains("自然人");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("打印版")).click();
        assertThat(page.locator("body")).containsText(YEAR + "年政府信息公开工作年度报告");
        assertThat(page.locator("body")).containsText("第二十条第（五）项");
    }

    private void as(String username) {
        context.close();
        context = newContext();
        page = context.newPage();
        signIn(username, DEMO_PASSWORD);
    }
}
