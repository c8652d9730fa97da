package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On a phone 375 pixels wide: no page scrolls sideways, the navigation folds behind a menu button. */
class PhoneInBrowserTest extends BrowserTest {

    @BeforeEach
    void phone() {
        reopen(options -> options.setViewportSize(375, 800));
    }

    private void assertNoSidewaysScrolling(String path) {
        page.navigate(url(path));
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(width).as("scroll width of %s", path).isLessThanOrEqualTo(375);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/fees", "/services", "/units", "/disclosure", "/policies", "/search?q=营业执照", "/status"})
    void portalPagesFitThePhone(String path) {
        assertNoSidewaysScrolling(path);
    }

    @Test
    void aGuideAndThePrintViewFitThePhone() {
        long guide = jdbc.sql("select entry_id from published_entry where kind = 'ITEM' order by entry_id limit 1").query(Long.class).single();
        assertNoSidewaysScrolling("/services/" + guide);
        long article = jdbc.sql("select article_id from published_article order by article_id limit 1").query(Long.class).single();
        assertNoSidewaysScrolling("/articles/" + article + "?print");
        org.assertj.core.api.Assertions.assertThat(page.locator("meta[name=viewport]").count()).isEqualTo(1);
    }

    @Test
    void theFeesTableReadsAsLabelledCards() {
        page.navigate(url("/fees"));
        var firstFee = page.locator("table.cards tbody tr").first();
        org.assertj.core.api.Assertions.assertThat(firstFee.boundingBox().width).isLessThanOrEqualTo(375);
        assertThat(firstFee.locator("td[data-label=标准]")).isVisible();
    }

    @Test
    void theNavigationFoldsBehindAMenuButton() {
        page.navigate(url("/"));
        var services = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("办事服务"));
        assertThat(services).isHidden();
        page.getByText("菜单").click();
        assertThat(services).isVisible();
        services.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("办事服务").setLevel(1))).isVisible();
    }

    @Test
    void theSupervisionBoardFitsThePhone() {
        signIn("supervisor", DEMO_PASSWORD);
        assertNoSidewaysScrolling("/admin/supervision");
    }
}
