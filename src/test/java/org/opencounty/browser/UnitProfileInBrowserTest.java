package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class UnitProfileInBrowserTest extends BrowserTest {

    @Test
    void anOfficersChangeReachesThePortalOnlyAfterTheLeaderAndTheCenterApprove() {
        String address = "巴里坤县巴里坤镇东大街88号市场监管综合楼";
        signIn("officer1", DEMO_PASSWORD);
        assertThat(page).hasURL(url("/admin"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("工作台"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("维护单位信息")).click();
        page.locator("a[href='/admin/units/market']").click();
        page.getByLabel("办公地点").fill(address);
        page.getByLabel("联系电话").fill("0902-6821888");
        screenshot("unit-profile-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存为草稿");
        assertThat(page.locator("table.comparison")).containsText(address);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送单位领导审核")).click();
        assertThat(page.locator("dd.state")).containsText("待单位领导审核");
        page.navigate(url("/units/market"));
        assertThat(page.locator("dl.profile")).not().containsText(address);

        switchTo("leader1");
        page.locator(".card a[href='/admin/units/market']").click();
        assertThat(page.locator("table.comparison tr.changed").first()).isVisible();
        assertThat(page.locator("table.comparison")).containsText(address);
        screenshot("unit-profile-review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过，报送电子政务中心")).click();
        assertThat(page.locator("dd.state")).containsText("待中心审核");

        switchTo("center");
        page.locator(".card a[href='/admin/units/market']").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过并发布")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已发布");

        context.close();
        context = newContext();
        page = context.newPage();
        page.navigate(url("/units/market"));
        assertThat(page.locator("dl.profile")).containsText(address);
        assertThat(page.locator("dl.profile")).containsText("0902-6821888");
        screenshot("unit-profile-public");
    }

    @Test
    void aMistakeIsShownBesideTheFieldAndWhatWasTypedStays() {
        signIn("officer2", DEMO_PASSWORD);
        page.navigate(url("/admin/units/balikun-zhen"));
        page.getByLabel("机构设置").fill("镇党委、镇政府下设党政办、经济发展办等内设机构");
        page.getByLabel("对外电子信箱").fill("not-an-email");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(page.locator(".field-error")).containsText("电子信箱格式不正确");
        assertThat(page.getByLabel("机构设置")).hasValue("镇党委、镇政府下设党政办、经济发展办等内设机构");
    }

    @Test
    void theHomePageWorksForVisitors() {
        page.navigate(url("/"));
        assertThat(page).hasTitle("首页 - 巴里坤哈萨克自治县人民政府");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("巴里坤镇").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("巴里坤镇").setExact(true))).isVisible();
        screenshot("township-page");
    }

    private void switchTo(String username) {
        context.close();
        context = newContext();
        page = context.newPage();
        signIn(username, DEMO_PASSWORD);
    }
}
