package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The formatting toolbar writes plain HTML into the body, and the preview shows it as readers will see it. */
class ArticleEditorInBrowserTest extends BrowserTest {

    @Test
    void anOfficerFormatsAListAndATablePastedFromASpreadsheetAndPreviewsThem() {
        signIn("officer1", DEMO_PASSWORD);
        page.navigate(url("/admin/articles/new"));
        page.getByLabel("标题").fill("工具栏测试");
        var body = page.getByLabel("正文", new Page.GetByLabelOptions().setExact(true));

        body.fill("携带身份证\n携带户口簿");
        body.selectText();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("列表").setExact(true)).click();
        assertThat(body).hasValue("<ul>\n  <li>携带身份证</li>\n  <li>携带户口簿</li>\n</ul>");

        body.fill("事项\t时限\n营业执照\t<3个工作日");
        body.selectText();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表格")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览正文")).click();

        var preview = page.locator(".preview");
        assertThat(preview.getByRole(AriaRole.COLUMNHEADER, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("时限"))).isVisible();
        assertThat(preview.getByRole(AriaRole.CELL, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("<3个工作日"))).isVisible();
        // Still the editor, with the text as it was: nothing was saved.
        assertThat(page.getByLabel("标题")).hasValue("工具栏测试");
        assertThat(body).containsText("<th scope=\"col\">事项</th>");
    }
}
