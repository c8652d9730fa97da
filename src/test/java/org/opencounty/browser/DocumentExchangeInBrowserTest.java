package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.TestAccounts;
import org.opencounty.TimeMachine;
import org.opencounty.common.Role;
import org.opencounty.documents.ReminderSweep;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey: the county office drafts a 通知 to two units, a reviewer checks it, the leader signs, it is
 * registered as 巴政办发〔2026〕N号 and dispatched; 县市场监督管理局 signs, the leader assigns it to a handler who replies;
 * 巴里坤镇 does not sign and is reminded the next working day; the sender sees both; the print view shows the number.
 */
class DocumentExchangeInBrowserTest extends BrowserTest {

    static final String TITLE = "关于报送电子政务外网接入情况的通知";

    @Autowired
    TestAccounts accounts;
    @Autowired
    TimeMachine time;
    @Autowired
    ReminderSweep reminders;

    @AfterEach
    void backToStart() {
        time.reset();
    }

    @Test
    void aNoticeGoesOutIsHandledByOneUnitAndRemindedToTheOther() {
        String drafter = accounts.staff("gov-office", Role.INFO_OFFICER, false);
        String reviewer = accounts.staff("gov-office", Role.INFO_OFFICER, false);
        String leader = accounts.staff("gov-office", Role.UNIT_LEADER, false);

        signIn(drafter, DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发文").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("拟稿")).click();
        page.getByLabel("文种").selectOption("NOTICE");
        page.getByLabel("标题").fill(TITLE);
        page.getByText("按单位选择").click();
        page.getByLabel("县市场监督管理局", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("巴里坤镇", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("正文").fill("请各单位于7月20日前报送本单位电子政务外网接入情况。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE))).isVisible();
        String documentPath = path();
        step("送核稿", "待核稿");

        switchTo(reviewer, documentPath);
        step("核稿", "待签发");
        switchTo(leader, documentPath);
        step("签发", "待复核");
        switchTo(reviewer, documentPath);
        step("复核", "待登记");
        switchTo(drafter, documentPath);
        step("登记", "已登记，待核发");
        Locator number = page.locator("dl.facts dd").first();
        assertThat(number).hasText(Pattern.compile("巴政办发〔2026〕[1-9][0-9]*号"));
        String documentNumber = number.textContent().strip();
        step("核发", "已核发");
        screenshot("document-dispatched");

        // 县市场监督管理局 signs and its officer proposes; the leader instructs handler1, who replies.
        switchTo("officer1", "/admin/inbox");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签收")).click();
        assertThat(page.locator("dl.facts")).containsText("收文登记号");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("初审通过")).click();
        page.getByLabel("拟办意见").fill("拟请办公室汇总报送");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批办（送领导批示）")).click();
        String inboxPath = path();

        switchTo("leader1", inboxPath);
        page.getByLabel("批示意见").fill("同意，请赵雪梅办理");
        page.getByLabel("承办人（用户名）").fill("handler1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批示")).click();
        assertThat(page.locator("dl.facts")).containsText("承办中");

        switchTo("handler1", inboxPath);
        page.getByLabel("答复内容").fill("本局已于7月10日接通电子政务外网，网管型交换机一台。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("答复来文单位")).click();
        assertThat(page.locator("dl.facts")).containsText("已答复");

        // 巴里坤镇 does not sign: the next working day it is reminded.
        time.travelTo(LocalDate.of(2026, 7, 15));
        time.travel(java.time.Duration.ofMinutes(5));
        reminders.sweep();
        switchTo("officer2", "/admin/inbox");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(TITLE));
        assertThat(row).containsText("已催办");
        assertThat(row).containsText("待签收");

        switchTo(drafter, documentPath);
        Locator market = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("县市场监督管理局"));
        assertThat(market).containsText("已答复");
        assertThat(market).containsText("本局已于7月10日接通电子政务外网");
        Locator town = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("巴里坤镇"));
        assertThat(town).containsText("待签收");
        assertThat(town).containsText("已催办 1 次");
        screenshot("document-recipients");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("打印预览（GB/T 9704）")).click();
        assertThat(page.locator(".number")).containsText(documentNumber);
        assertThat(page.locator(".issuer")).containsText("巴里坤哈萨克自治县人民政府办公室文件");
        screenshot("document-print");
    }

    private void step(String button, String state) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        assertThat(page.locator("dl.facts")).containsText(state);
    }

    private String path() {
        return page.url().replaceFirst("^http://[^/]+", "").replaceFirst("\\?.*$", "");
    }

    private void switchTo(String username, String path) {
        context.close();
        context = newContext();
        page = context.newPage();
        signIn(username, DEMO_PASSWORD);
        page.navigate(url(path));
    }
}
