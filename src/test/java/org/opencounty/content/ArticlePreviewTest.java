package org.opencounty.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.annotation.Transactional;

/** The editor's preview shows the body as readers will see it, cleaned, and saves nothing; it needs no JavaScript. */
@Transactional
class ArticlePreviewTest extends IntegrationTest {

    @Test
    void thePreviewShowsTheCleanedBodyAboveTheFormAsTypedAndSavesNothing() throws Exception {
        MockHttpSession officer = (MockHttpSession) mvc.perform(formLogin("/login").user("officer1").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        long before = jdbc.sql("select count(*) from article").query(Long.class).single();
        String typed = "<h2>办理须知</h2><script>alert(1)</script><p onclick=\"x()\">请携带身份证</p>";

        String page = mvc.perform(post("/admin/articles").session(officer).with(csrf())
                        .param("category", "notices").param("title", "预览测试").param("body", typed).param("preview", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        int shown = page.indexOf("正文预览");
        String preview = page.substring(shown, page.indexOf("<form method=\"post\"", shown));
        assertThat(preview).contains("<h2>办理须知</h2>", "<p>请携带身份证</p>").doesNotContain("script", "onclick");
        // The text area gives back exactly what was typed, escaped, for further editing.
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "value=\"预览测试\"");
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
    }
}
