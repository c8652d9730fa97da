package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The center administrator rebuilds the site's search index from the search admin page: it runs in the background,
 * the page shows how far it has got and then that it is done, and what the index had missed is found afterwards.
 */
class SearchReindexTest extends IntegrationTest {

    private static final String WORD = "骆驼刺";

    @Autowired
    SearchReindexing reindexing;

    private String search(String q) throws Exception {
        return mvc.perform(get("/search").param("q", q)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theRebuildRunsInTheBackgroundAndFindsWhatTheIndexMissed() throws Exception {
        long article = jdbc.sql("select min(article_id) from published_article p join site s on s.id = p.site_id and s.is_default")
                .query(Long.class).single();
        String before = jdbc.sql("select body_text from published_article where article_id = ?").param(article).query(String.class).single();
        // Changed behind the index's back, as a restored backup would be.
        jdbc.sql("update published_article set body_text = body_text || ? where article_id = ?").param("戈壁上的" + WORD + "。").param(article).update();
        try {
            assertThat(search(WORD)).contains("找到 0 条结果");

            MockHttpSession admin = sessionOf("admin");
            mvc.perform(post("/admin/synonyms/reindex").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'search.reindex' and actor = 'admin'").query(Long.class).single())
                    .isPositive();
            long site = jdbc.sql("select id from site where is_default").query(Long.class).single();
            await().atMost(Duration.ofMinutes(1)).until(() -> reindexing.progress(site).state() == SearchReindexing.Progress.State.DONE);
            long published = jdbc.sql("""
                    select (select count(*) from published_article where site_id = :s) + (select count(*) from published_entry where site_id = :s)""")
                    .param("s", site).query(Long.class).single();
            assertThat(reindexing.progress(site).done()).isEqualTo(published);
            String page = mvc.perform(get("/admin/synonyms").session(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("上次重建已完成：共 " + published + " 条");
            assertThat(search(WORD)).doesNotContain("找到 0 条结果").contains("<mark>骆驼刺</mark>");
        } finally {
            jdbc.sql("update published_article set body_text = ? where article_id = ?").param(before).param(article).update();
            long site = jdbc.sql("select id from site where is_default").query(Long.class).single();
            await().atMost(Duration.ofMinutes(1)).until(() -> !reindexing.progress(site).running());
            mvc.perform(post("/admin/synonyms/reindex").session(sessionOf("admin")).with(csrf())).andExpect(status().is3xxRedirection());
            await().atMost(Duration.ofMinutes(1)).until(() -> reindexing.progress(site).state() == SearchReindexing.Progress.State.DONE
                    && !reindexing.progress(site).running());
        }
    }

    @Test
    void onlyTheCentersAdministratorRebuilds() throws Exception {
        for (String username : new String[] {"officer1", "center", "supervisor"}) {
            mvc.perform(post("/admin/synonyms/reindex").session(sessionOf(username)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/synonyms/reindex").session(sessionOf("admin"))).andExpect(status().isForbidden());
    }

    @Tag("fast")
    @ParameterizedTest(name = "{0} {1}/{2} → {3}%")
    @CsvSource({"RUNNING, 0, 0, 0", "RUNNING, 250, 1000, 25", "RUNNING, 999, 1000, 99", "RUNNING, 1200, 1000, 100", "DONE, 0, 0, 100", "FAILED, 10, 1000, 1"})
    void percentDone(SearchReindexing.Progress.State state, long done, long total, int percent) {
        assertThat(new SearchReindexing.Progress(state, done, total, Instant.EPOCH, null, "admin").percent()).isEqualTo(percent);
    }
}
