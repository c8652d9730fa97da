package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class UnitProfileInBrowserTest extends BrowserTest {

    @Test
    void anInformationOfficerSignsInAndUpdatesTheUnitProfile() {
        signIn("officer1", DEMO_PASSWORD);
        assertThat(page).hasURL(url("/admin"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("工作台"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("维护单位信息")).click();
        page.locator("a[href='/admin/units/market']").click();
        page.getByLabel("办公地点").fill("巴里坤县巴里坤镇东大街88号市场监管综合楼");
        page.getByLabel("联系电话").fill("0902-6821888");
        screenshot("unit-profile-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存");

        page.navigate(url("/units/market"));
        assertThat(page.locator("dl.profile")).containsText("巴里坤县巴里坤镇东大街88号市场监管综合楼");
        assertThat(page.locator("dl.profile")).containsText("0902-6821888");
        screenshot("unit-profile-public");
    }

    @Test
    void aMistakeIsShownBesideTheFieldAndWhatWasTypedStays() {
        signIn("officer2", DEMO_PASSWORD);
        page.navigate(url("/admin/units/balikun-zhen"));
        page.getByLabel("机构设置").fill("镇党委、镇政府下设党政办、经济发展办等内设机构");
        page.getByLabel("对外电子信箱").fill("not-an-email");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
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
}
