package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.interaction.RateLimits;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An anonymous visitor asks a question; the center transfers it, the unit answers, its leader approves, and the answer
 * is public with the name masked; the visitor rates it 不满意 with the query code, the follow-up opens in the unit's
 * back office and the unit records the 回访. A citizen requests a document, gets a 补正 notice, completes it and receives a 部分公开
 * answer within the clock; the annual report's table counts it and balances.
 */
class InteractionInBrowserTest extends BrowserTest {

    @Autowired
    WorkingDays calendar;

    @Autowired
    java.time.Clock time;

    @Autowired
    RateLimits rateLimits;

    @BeforeEach
    void noMessagesCounted() {
        rateLimits.forgetAll();
    }

    @Test
    void aQuestionIsTransferredAnsweredAndPublishedMasked() {
        page.navigate(url("/messages/new"));
        page.getByLabel("咨询").check();
        page.getByLabel("标题").fill("羊只检疫证明在哪里办");
        page.getByLabel("留言内容").fill("请问羊只出栏需要的检疫证明在哪里办理？");
        page.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true)).fill("张明");
        page.getByLabel("联系电话", new Page.GetByLabelOptions().setExact(true)).fill("13999000001");
        page.getByLabel("同意答复后公开留言和答复").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交留言")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("查询码");
        String code = page.locator("#query-code").textContent().strip();

        as("center");
        page.navigate(url("/admin/messages?state=OPEN_ALL"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("羊只检疫证明在哪里办")).first().click();
        page.getByLabel("转办至").selectOption("market");
        page.getByLabel("转办理由").fill("属市场监管职责");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("转办")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已转办");
        String path = page.url().replaceFirst("^https?://[^/]+", "");

        as("handler1");
        page.navigate(url(path));
        page.getByLabel("答复内容").fill("请到县动物卫生监督所办理，电话见单位信息页。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交领导审核")).click();
        assertThat(page.locator("#message-state")).hasText("答复待领导审核");

        as("leader1");
        page.navigate(url(path));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过并答复")).click();
        assertThat(page.locator("#message-state")).hasText("已答复");

        context.clearCookies();
        page.navigate(url("/messages"));
        assertThat(page.getByRole(AriaRole.ARTICLE).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("羊只检疫证明在哪里办")).first())
                .containsText("留言人：张**");
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("13999000001").doesNotContain("张明");
        page.navigate(url("/messages/status"));
        page.getByLabel("查询码").fill(code);
        page.getByLabel("留言时填写的联系电话").fill("13999000001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        assertThat(page.locator("#message-reply")).containsText("县动物卫生监督所");

        // The citizen rates the answer 不满意 with the query code: the follow-up opens in the unit's back office.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评价本次答复（好差评）")).click();
        page.getByLabel("留言时填写的联系电话").fill("13999000001");
        page.getByLabel("不满意", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("整体满意度（1–5 分）").selectOption("2");
        page.getByLabel("办事效率（1–5 分）").selectOption("2");
        page.getByLabel("服务态度（1–5 分）").selectOption("3");
        page.getByLabel("评价意见").fill("答复太笼统，没有说清楚要带什么材料");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("感谢您的评价");
        long messageId = Long.parseLong(path.replaceFirst(".*/", ""));
        long ratingId = jdbc.sql("select id from interaction_rating where subject = 'MESSAGE' and subject_id = ?").param(messageId)
                .query(Long.class).single();

        as("handler1");
        page.navigate(url("/admin/ratings?state=OPEN"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("不满意（第 " + ratingId + " 号）").setExact(true)).click();
        assertThat(page.locator("#rating-state")).hasText("待回访");
        assertThat(page.locator("#follow-up-due")).containsText(calendar.dueDate(LocalDate.now(time), 15, Region.XJ).dueDate().toString());
        page.getByLabel("回访情况").fill("电话回访张先生，已告知需携带的材料清单");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录回访")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("回访情况已记录");
        assertThat(page.locator("#rating-state")).hasText("已回访，待整改或说明");
        assertThat(page.locator("#follow-up-note")).containsText("已告知需携带的材料清单");

        // The published figures read on a phone: no sideways scrolling, every figure labelled.
        context.clearCookies();
        reopen(options -> options.setViewportSize(375, 800));
        page.navigate(url("/ratings"));
        var market = page.locator("#ratings-month tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("县市场监督管理局"));
        assertThat(market.locator("td[data-label=差评整改率]")).isVisible();
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(375);
    }

    @Test
    void aRequestIsCorrectedAndPartlyDisclosedWithinItsClock() {
        LocalDate today = LocalDate.now(time);
        long partialBefore = partial();
        as("citizen1");
        page.navigate(url("/account/disclosure-requests/new"));
        page.getByLabel("受理机关").selectOption("market");
        page.getByLabel("公民").check();
        page.getByLabel("姓名或名称").fill("张明");
        page.getByLabel("身份证明号码").fill("110101199003074514");
        page.getByLabel("联系电话").fill("13999000001");
        page.getByLabel("所需信息的名称").fill("本所2025年食品经营许可发放情况");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认提交申请")).click();
        assertThat(page.locator("#received-on")).hasText(today.toString());
        assertThat(page.locator("#due-on")).containsText(calendar.dueDate(today, 20, Region.XJ).dueDate().toString());
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("110101199003074514").contains("****4514");
        String id = page.url().replaceFirst(".*/account/disclosure-requests/", "");

        as("handler1");
        page.navigate(url("/admin/disclosure-requests/" + id));
        page.getByLabel("一次性告知补正事项").fill("请写明所需信息的文号");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发出补正通知")).click();
        assertThat(page.locator("#request-state")).hasText("待申请人补正");

        as("citizen1");
        page.navigate(url("/account/disclosure-requests/" + id));
        page.getByLabel("补正内容").fill("市监发〔2025〕12号");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交补正")).click();
        assertThat(page.locator("#request-state")).hasText("办理中");
        assertThat(page.locator("#due-on")).containsText(calendar.dueDate(today, 20, Region.XJ).dueDate().toString());

        as("handler1");
        page.navigate(url("/admin/disclosure-requests/" + id));
        page.getByLabel("答复类型").selectOption("PARTIAL");
        page.getByLabel("理由（不予公开").selectOption("4.保护第三方合法权益");
        page.getByLabel("答复内容（").fill("公开许可证发放数量；企业住所涉及第三方合法权益，不予公开。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("答复").setExact(true)).click();
        assertThat(page.locator("#request-state")).hasText("已答复");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("答复书（打印）")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("政府信息公开申请答复书"))).isVisible();

        org.assertj.core.api.Assertions.assertThat(partial()).isEqualTo(partialBefore + 1);
    }

    /** Table 三's 部分公开 for 自然人 this year, as the annual report's API computes it for the unit's leader; the table balances. */
    private long partial() {
        try {
            String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get("/api/v1/annual-reports/" + LocalDate.now(time).getYear() + "/units/market/requests")
                            .header("Authorization", bearer(tokenFor("leader1"))))
                    .andReturn().getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat((java.util.List<?>) com.jayway.jsonpath.JsonPath.read(body, "$.failingColumns")).isEmpty();
            java.util.List<Number> counts = com.jayway.jsonpath.JsonPath.read(body, "$.rows[?(@.key == 'PARTIAL')].counts[0]");
            return counts.getFirst().longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void as(String username) {
        context.close();
        context = newContext();
        page = context.newPage();
        page.onDialog(dialog -> dialog.accept());
        signIn(username, DEMO_PASSWORD);
    }
}
