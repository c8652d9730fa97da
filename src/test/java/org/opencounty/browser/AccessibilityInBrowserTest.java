package org.opencounty.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe on the grassroots and interaction pages the public uses, on a phone 375 pixels wide (issue 14): no serious or
 * critical finding, on the page as it loads and, for the forms, after a mistaken submission shows its errors.
 */
class AccessibilityInBrowserTest extends BrowserTest {

    private void phone() {
        reopen(options -> options.setViewportSize(375, 800).setBypassCSP(true));
    }

    private void noSeriousFindings() {
        List<String> findings = Axe.seriousFindings(page);
        assertThat(findings).as("axe %s on %s", Axe.version(page), page.url()).isEmpty();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).list().getFirst();
    }

    /** The check itself: a field without a label put into a page is found (critical), so that a pass means something. */
    @Test
    void theCheckFindsAFieldWithoutALabel() {
        phone();
        page.navigate(url("/villages"));
        page.evaluate("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\" name=\"unlabelled\">')");
        assertThat(Axe.seriousFindings(page)).anyMatch(finding -> finding.startsWith("critical label:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/villages", "/villages/donghu-cun", "/communities", "/communities/dongjie-community",
            "/party/donghu-cun-party", "/townships/balikun-zhen/villages"})
    void theGrassrootsPagesHaveNoSeriousFindings(String path) {
        phone();
        page.navigate(url(path));
        noSeriousFindings();
    }

    /** 好差评: this month's published figures, the rating form, and the back office's list with a filter refused beside its field. */
    @Test
    void theRatingPagesHaveNoSeriousFindings() {
        phone();
        page.navigate(url("/ratings"));
        noSeriousFindings();
        page.navigate(url("/ratings/new?subject=MESSAGE&id=1"));
        noSeriousFindings();
        signIn("admin", DEMO_PASSWORD);
        page.navigate(url("/admin/ratings?period=七月"));
        noSeriousFindings();
    }

    @Test
    void aFinanceDisclosureAndItsQuestionFormHaveNoSeriousFindings() {
        phone();
        long finance = id("select id from village_disclosure where category = 'FINANCE' and live_revision_id is not null order by id");
        page.navigate(url("/village-disclosures/" + finance));
        noSeriousFindings();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交质询")).click();
        noSeriousFindings();
    }

    @Test
    void aPartyAnnouncementWithItsObjectionFormHasNoSeriousFindings() {
        phone();
        long announcement = id("select d.id from party_disclosure d join party_disclosure_revision r on r.id = d.live_revision_id"
                + " where r.title like '%公示' order by d.id");
        page.navigate(url("/party-disclosures/" + announcement));
        noSeriousFindings();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交异议")).click();
        noSeriousFindings();
    }

    @Test
    void theMessageFormHasNoSeriousFindingsBeforeAndAfterAMistake() {
        phone();
        page.navigate(url("/messages/new?unit=dongjie-community"));
        noSeriousFindings();
        page.locator("form button[type=submit]").last().click();
        noSeriousFindings();
    }

    @Test
    void theDisclosureRequestFormAndACitizensActivitiesHaveNoSeriousFindings() {
        phone();
        signIn("citizen1", DEMO_PASSWORD);
        page.navigate(url("/account/disclosure-requests/new"));
        noSeriousFindings();
        page.locator("form button[type=submit]").last().click();
        noSeriousFindings();
        page.navigate(url("/account/activities"));
        noSeriousFindings();
    }
}
