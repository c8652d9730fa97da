package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.TestAccounts;
import org.opencounty.TimeMachine;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11's journey in the browser: the center issues a task to two units; one unit's officer reports, its leader
 * approves, the center confirms; the other never reports and is 逾期未完成 after the deadline; its score carries the
 * deduction with a link to the task; a circular drafted from the task names it, is approved by the center's leader,
 * issued internally, and the late unit signs for it; the public variant appears in 公告通知.
 */
class CoordinationInBrowserTest extends BrowserTest {

    @Autowired
    TimeMachine time;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void backToNow() {
        time.reset();
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private void as(String username) {
        context.clearCookies();
        signIn(username, DEMO_PASSWORD);
    }

    @Test
    void aTaskThroughReportOverdueScoreAndCircular() {
        String centerLeader = accounts.staff("egov-center", Role.UNIT_LEADER, false);

        as("center");
        page.getByRole(AriaRole.LINK, named("督办任务")).first().click();
        page.getByRole(AriaRole.LINK, named("下达督办任务")).click();
        page.getByLabel("任务名称").fill("浏览器督办任务");
        page.getByLabel("依据文号").fill("巴政办发〔2013〕38号");
        page.getByLabel("截止日期").fill("2026-07-20");
        page.getByLabel("县市场监督管理局", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("巴里坤镇", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, named("下达")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("浏览器督办任务"))).isVisible();
        String taskUrl = page.url();

        as("officer1");
        page.navigate(taskUrl);
        page.getByRole(AriaRole.LINK, named("县市场监督管理局")).click();
        page.getByLabel("完成情况").fill("已确定信息联络员并完成登记。");
        page.getByRole(AriaRole.BUTTON, named("报送单位主要领导审核")).click();
        assertThat(page.locator("#unit-task-state")).hasText("待单位负责人审核");
        String reportUrl = page.url();

        as("leader1");
        page.navigate(reportUrl);
        page.getByRole(AriaRole.BUTTON, named("审核通过，报中心")).click();
        assertThat(page.locator("#unit-task-state")).hasText("待中心确认");

        as("center");
        page.navigate(reportUrl);
        page.getByRole(AriaRole.BUTTON, named("确认完成")).click();
        assertThat(page.locator("#unit-task-state")).hasText("按时完成");

        time.travelTo(LocalDate.of(2026, 7, 21));
        page.navigate(taskUrl);
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^\\s*巴里坤镇"))))
                .containsText("逾期未完成");

        as("officer2");
        page.getByRole(AriaRole.LINK, named("绩效考核")).click();
        page.getByRole(AriaRole.LINK, named("巴里坤镇")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("督办任务“浏览器督办任务”（期限 2026-07-20）逾期未完成")).click();
        assertThat(page.locator("#unit-task-state")).hasText("逾期未完成");

        as("center");
        page.navigate(taskUrl);
        page.getByRole(AriaRole.BUTTON, named("据此起草通报")).click();
        assertThat(page.getByLabel("正文")).containsText("巴里坤镇");
        page.getByRole(AriaRole.BUTTON, named("报中心领导审批")).click();
        assertThat(page.locator("#circular-state")).hasText("待中心领导审批");
        String circularUrl = page.url();

        as(centerLeader);
        page.navigate(circularUrl);
        page.getByRole(AriaRole.BUTTON, named("审批通过")).click();
        assertThat(page.locator("#circular-state")).hasText("已审批，待印发");

        as("center");
        page.navigate(circularUrl);
        page.getByRole(AriaRole.BUTTON, named("印发")).click();
        assertThat(page.locator("#circular-state")).hasText("已印发");
        assertThat(page.locator("#circular-number")).containsText("巴政务通〔2026〕");

        as("officer2");
        page.getByRole(AriaRole.LINK, named("关于“浏览器督办任务”完成情况的通报")).click();
        page.getByRole(AriaRole.BUTTON, named("签收")).click();
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^\\s*巴里坤镇"))))
                .not().containsText("未签收");

        // The public variant: from the assessment's ranking, into 公告通知.
        as("center");
        page.getByRole(AriaRole.LINK, named("通报")).first().click();
        page.getByLabel("考核年度").fill("2026");
        page.getByRole(AriaRole.BUTTON, named("据考核排名起草")).click();
        page.getByRole(AriaRole.BUTTON, named("报中心领导审批")).click();
        String publicUrl = page.url();
        as(centerLeader);
        page.navigate(publicUrl);
        page.getByRole(AriaRole.BUTTON, named("审批通过")).click();
        as("center");
        page.navigate(publicUrl);
        page.getByLabel("公开发布到“公告通知”栏目").check();
        page.getByRole(AriaRole.BUTTON, named("印发")).click();
        assertThat(page.locator("#circular-state")).hasText("已公开发布");
        page.navigate(url("/columns/notices"));
        assertThat(page.getByRole(AriaRole.LINK, named("2026年度绩效考核结果的通报")).first()).isVisible();
    }

    @Test
    void anInspectionFindingThroughRectificationToClosing() {
        as("center");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("督查").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, named("部署督查")).click();
        page.getByLabel("督查名称").fill("浏览器专项督查");
        page.getByLabel("开始日期").fill("2026-07-01");
        page.getByLabel("结束日期").fill("2026-07-10");
        page.getByLabel("县市场监督管理局", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("检查事项（每行一项，“事项：说明”）").fill("信息公开：栏目按期更新\n办事服务：办事指南要素完整");
        page.getByRole(AriaRole.BUTTON, named("部署")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("浏览器专项督查"))).isVisible();
        String roundUrl = page.url();

        as("supervisor");
        page.navigate(roundUrl);
        page.getByLabel("被督查单位").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("县市场监督管理局"));
        page.getByLabel("检查事项", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("信息公开"));
        page.getByLabel("问题", new Page.GetByLabelOptions().setExact(true)).fill("工作动态栏目一个月未更新");
        page.getByLabel("整改要求").fill("补发工作动态并建立更新台账");
        page.getByLabel("整改期限（工作日）").fill("5");
        page.getByRole(AriaRole.BUTTON, named("记录问题")).click();
        assertThat(page.locator("#finding-state")).hasText("待整改");
        String findingUrl = page.url();

        as("officer1");
        page.getByRole(AriaRole.LINK, named("工作动态栏目一个月未更新")).click();
        page.getByLabel("整改情况").fill("已补发工作动态三篇，建立更新台账。");
        page.getByRole(AriaRole.BUTTON, named("报送单位主要领导审核")).click();
        assertThat(page.locator("#finding-state")).hasText("待单位负责人审核");

        as("leader1");
        page.navigate(findingUrl);
        page.getByRole(AriaRole.BUTTON, named("审核通过，报督查人员")).click();
        assertThat(page.locator("#finding-state")).hasText("待督查人员核查");

        as("supervisor");
        page.navigate(findingUrl);
        page.getByRole(AriaRole.BUTTON, named("核查销号")).click();
        assertThat(page.locator("#finding-state")).hasText("按期整改");
        page.navigate(roundUrl);
        assertThat(page.locator("#finding-counts")).containsText("按期整改 1");
    }
}
