package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Notice 巴政办发〔2013〕38号 itself goes through the whole chain in the browser: the information officer
 * writes it, the unit's leader approves, the center publishes, and the public finds it.
 */
class NoticeThroughTheChainInBrowserTest extends BrowserTest {

    private static final String TITLE = "关于进一步加强自治县电子政务工作的通知";

    @Test
    void theNoticeIsWrittenApprovedPublishedAndFound() throws Exception {
        List<String> lines = new ClassPathResource("notice-2013-38.txt").getContentAsString(StandardCharsets.UTF_8).lines().toList();
        String body = String.join("\n", lines.subList(4, lines.size()));

        signIn("officer1", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("信息报送").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("撰写新信息")).click();
        page.getByLabel("栏目").selectOption("notices");
        page.getByLabel("标题").fill(TITLE);
        page.getByLabel("正文").fill(body);
        page.getByLabel("文号").fill("巴政办发〔2013〕38号");
        page.getByLabel("发文机关").fill("巴里坤哈萨克自治县人民政府办公室");
        page.getByLabel("成文日期").fill("2013-05-09");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送单位领导审核")).click();
        // The notice names people's mobile numbers and a private mailbox: the officer must confirm they are meant to be public.
        assertThat(page.locator(".findings mark").first()).isVisible();
        assertThat(page.locator(".findings")).containsText("15349929008");
        screenshot("notice-screening-warnings");
        page.getByLabel("我已核实，上述信息确需公开").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认并报送")).click();
        assertThat(page.locator("dd.state")).containsText("待单位领导审核");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已报送");
        String articlePath = page.url().replaceFirst("^http://[^/]+", "").replaceFirst("\\?.*$", "");

        switchTo("leader1");
        page.navigate(url("/admin/articles"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过，报送电子政务中心")).click();
        assertThat(page.locator("dd.state")).containsText("待中心审核");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已通过");

        switchTo("center");
        page.navigate(url(articlePath));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过并发布")).click();
        assertThat(page.locator("dd.state")).containsText("已发布");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已发布，网站上已可看到");

        context.close();
        context = newContext();
        page = context.newPage();
        page.navigate(url("/columns/notices"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE))).isVisible();
        assertThat(page.locator(".article-meta")).containsText("巴政办发〔2013〕38号");
        screenshot("notice-published");

        page.navigate(url("/units/market/catalogue"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE))).isVisible();

        page.navigate(url("/"));
        page.getByLabel("站内搜索").fill("电子政务外网");
        page.getByLabel("站内搜索").press("Enter");
        var hit = page.locator(".search-results li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(TITLE));
        assertThat(hit).isVisible();
        assertThat(hit.locator("mark").first()).isVisible();
        screenshot("notice-search");
    }

    private void switchTo(String username) {
        context.close();
        context = newContext();
        page = context.newPage();
        signIn(username, DEMO_PASSWORD);
    }
}
