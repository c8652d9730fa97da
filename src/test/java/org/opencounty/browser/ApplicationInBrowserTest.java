package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDayClock;
import org.opencounty.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen applies online; the handler asks for a correction, the citizen resubmits, the handler accepts,
 * suspends for 专家评审 and resumes; the leader approves; the case completes. The due date shown at each point
 * is the calendar's.
 */
class ApplicationInBrowserTest extends BrowserTest {

    @Autowired
    WorkingDays calendar;

    @Autowired
    java.time.Clock time;

    @Test
    void fromApplicationToCompletion() throws Exception {
        long item = jdbc.sql("select entry_id from published_entry where unit_code = 'market' and kind = 'ITEM' and online order by entry_id limit 1")
                .query(Long.class).single();
        int promised = jdbc.sql("select (content::jsonb ->> 'promisedLimitDays')::int from published_entry where entry_id = :id")
                .param("id", item).query(Integer.class).single();
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.writeString(pdf, "%PDF-1.4 material");
        LocalDate today = LocalDate.now(time);

        signIn("citizen1", DEMO_PASSWORD);
        page.navigate(url("/services/" + item));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("在线申请")).click();
        Locator files = page.locator("input[type=file]");
        for (int i = 0; i < files.count(); i++) {
            files.nth(i).setInputFiles(pdf);
        }
        screenshot("apply-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(page.locator("#application-state")).containsText("已提交，待受理");
        assertThat(page.locator("#due-date")).containsText(calendar.dueDate(today, 5, Region.XJ).dueDate().toString());
        String id = page.url().replaceFirst(".*/account/applications/", "");

        as("handler1");
        page.navigate(url("/admin/applications/" + id));
        page.getByLabel("一次性告知补正内容（每行一项）").fill("营业执照复印件不清晰\n缺少场所平面图");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("告知补正")).click();
        assertThat(page.locator("#application-state")).containsText("待补正");

        as("citizen1");
        page.navigate(url("/account/applications/" + id));
        page.locator("input[type=file]").first().setInputFiles(pdf);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交补正材料")).click();
        assertThat(page.locator("#application-state")).containsText("已提交，待受理");

        as("handler1");
        page.navigate(url("/admin/applications/" + id));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受理").setExact(true)).click();
        assertThat(page.locator("#application-state")).containsText("已受理");
        org.assertj.core.api.Assertions.assertThat(dialogs).containsExactly("确认受理该申请？受理后开始计算承诺时限，不能撤销。");
        assertThat(page.locator("#promised-due")).hasText(calendar.dueDate(today, promised, Region.XJ).dueDate().toString());

        page.getByLabel("特别程序").selectOption("专家评审");
        page.getByLabel("说明").fill("组织专家评审");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("暂停计时并书面告知")).click();
        assertThat(page.locator("#application-state")).containsText("暂停计时");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("特别程序结束，恢复计时")).click();
        LocalDate afterSuspension = WorkingDayClock.start(today, promised, Region.XJ)
                .suspend("handler1", "专家评审", today, "行政许可法第四十五条").resume(today).dueDate(calendar).orElseThrow().dueDate();
        assertThat(page.locator("#promised-due")).hasText(afterSuspension.toString());
        screenshot("application-handling");

        as("leader1");
        page.navigate(url("/admin/applications/" + id));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("作出决定")).click();
        assertThat(page.locator("#application-state")).containsText("准予许可");
        org.assertj.core.api.Assertions.assertThat(dialogs).last().asString().contains("确认作出决定");

        as("handler1");
        page.navigate(url("/admin/applications/" + id));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结并送达")).click();
        assertThat(page.locator("#application-state")).containsText("已办结");
        org.assertj.core.api.Assertions.assertThat(dialogs).last().asString().contains("确认办结");
    }

    /** The confirmation dialogs the staff were shown, each accepted. */
    private final java.util.List<String> dialogs = new java.util.ArrayList<>();

    private void as(String username) {
        context.close();
        context = newContext();
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.accept();
        });
        signIn(username, DEMO_PASSWORD);
    }
}
