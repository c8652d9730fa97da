package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A citizen finds what to do when opening a restaurant: from the home page through the scenario to the guide. */
class ScenarioInBrowserTest extends BrowserTest {

    @Test
    void fromTheHomePageThroughAScenarioToAnItemsGuide() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("办事服务")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("开办餐饮店")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("开办餐饮店").setLevel(1))).isVisible();
        assertThat(page.locator(".notice")).containsText("个工作日");
        screenshot("scenario");

        page.locator(".scenario-steps a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("食品经营许可")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("食品经营许可");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("办理流程图")))).isVisible();
        assertThat(page.locator(".procedure-list li").first()).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申请材料"))).isVisible();
        screenshot("service-guide");
    }
}
