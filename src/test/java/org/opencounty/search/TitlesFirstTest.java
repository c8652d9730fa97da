package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.content.PublishedArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Titles first (docs/adr/0029-search-speed.md, decision 18) gives the page the whole search gives: the same articles
 * in the same order, the same count where it is exact. The titled articles answer alone only when their page ends
 * above what a body can score; where a body scores higher, the whole search runs and that body is on the page.
 * Counted exactly up to 3 (as {@link ApproximateCountTest}), so that a dozen titles pass the count.
 */
@TestPropertySource(properties = "opencounty.search.exact-count-up-to=3")
class TitlesFirstTest extends IntegrationTest {

    @Autowired
    SiteSearch search;
    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theTitledArticlesAnswerAloneOnlyWhenNoBodyCanReachTheirPageAndThePageIsTheWholeSearchs() {
        long site = jdbc.sql("select id from site where is_default").query(Long.class).single();
        List<Long> ids = jdbc.sql("select article_id from published_article where site_id = ? order by article_id limit 26")
                .param(site).query(Long.class).list();
        List<Map<String, Object>> before = new ArrayList<>();
        for (Long id : ids) {
            before.add(jdbc.sql("select article_id, title, body_text from published_article where article_id = ?").param(id)
                    .query().singleRow());
        }
        try {
            // Twelve short titles holding 雪豹, their bodies 岩羊: a title's score beats any body's.
            for (int i = 0; i < 12; i++) {
                rewrite(ids.get(i), "雪豹监测" + "一二三四五六七八九十百千".charAt(i), "巡护中记录到岩羊" + (i + 1) + "群，数量稳定。");
            }
            // Twelve long titles holding 冰川 over long bodies holding 湿地 once, and two short bodies full of both:
            // these two score above every title of the twelve.
            String longBody = "各乡镇要按照县委县政府的统一部署，认真落实保护责任，加强巡查力度，做好记录和上报工作，确保各项措施落到实处，"
                    + "同时注意保护湿地周边的生态环境。";
            for (int i = 12; i < 24; i++) {
                rewrite(ids.get(i), "关于做好二〇二六年度全县各乡镇牧区冰川保护区巡查和监测工作有关事项的通知（第" + (i - 11) + "号）", longBody);
            }
            rewrite(ids.get(24), "生态简报", "冰川湿地，冰川湿地，冰川湿地。");
            rewrite(ids.get(25), "生态快讯", "湿地冰川，湿地冰川。");

            long answered = search.answeredFromTitles();
            SearchResults snowLeopards = samePage("雪豹 岩羊", 1);
            assertThat(search.answeredFromTitles()).as("twelve titles pass the count and beat the bodies").isEqualTo(answered + 1);
            assertThat(snowLeopards.hits()).hasSize(10).allSatisfy(hit -> assertThat(hit.title()).startsWith("雪豹监测"));
            assertThat(snowLeopards.totalExact()).isFalse();

            answered = search.answeredFromTitles();
            SearchResults glaciers = samePage("冰川 湿地", 1);
            assertThat(search.answeredFromTitles()).as("two bodies score above the titles").isEqualTo(answered);
            assertThat(glaciers.hits().subList(0, 2)).extracting(SearchHit::title).containsExactlyInAnyOrder("生态简报", "生态快讯");

            // The second page holds two titled articles: not a full page, so the whole search answers it.
            answered = search.answeredFromTitles();
            assertThat(samePage("雪豹 岩羊", 2).hits()).hasSize(2);
            assertThat(search.answeredFromTitles()).isEqualTo(answered);

            for (String words : List.of("雪豹", "岩羊", "冰川", "湿地", "雪豹监测", "岩羊 雪豹", "冰川 巡查", "冰川 湿地 巡查", "雪豹 冰川")) {
                samePage(words, 1);
                samePage(words, 2);
            }
        } finally {
            for (Map<String, Object> row : before) {
                rewrite(((Number) row.get("article_id")).longValue(), (String) row.get("title"), (String) row.get("body_text"));
            }
        }
    }

    /** The page titles first and the page of the whole search, which must be the same; the first is returned. */
    private SearchResults samePage(String words, int page) {
        long site = jdbc.sql("select id from site where is_default").query(Long.class).single();
        SearchQuery query = new SearchQuery(words, null, null, null, page);
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            SearchResults titlesFirst = search.articles(session, site, query, true);
            SearchResults whole = search.articles(session, site, query, false);
            assertThat(titlesFirst.hits()).as(words + ", page " + page).isEqualTo(whole.hits());
            assertThat(titlesFirst.totalExact()).as(words).isEqualTo(whole.totalExact());
            if (whole.totalExact()) {
                assertThat(titlesFirst.total()).as(words).isEqualTo(whole.total());
            }
            return titlesFirst;
        }
    }

    /** Changes the live row and indexes it again, as publication would. */
    private void rewrite(long articleId, String title, String body) {
        jdbc.sql("update published_article set title = ?, body_text = ? where article_id = ?").params(title, body, articleId).update();
        transactions.executeWithoutResult(status -> Search.session(entityManager).indexingPlan()
                .addOrUpdate(entityManager.find(PublishedArticle.class, articleId)));
    }
}
