package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.content.PublishedArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What comes first: a title holding the words as typed, then a title holding them apart, then a body holding them.
 * The query's shape was changed for speed (the phrase an alternative beside the words, docs/adr/0029-search-speed.md,
 * decision 8); the order must not change with it.
 */
class SearchRankingTest extends IntegrationTest {

    @Autowired
    SiteSearch search;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    /** Titles: the words together as typed but in a longer title, the words apart in a short one (shorter scores higher). */
    private static final String TOGETHER = "关于雪豹岩羊栖息地巡护与监测工作的通知";
    private static final String APART = "岩羊和雪豹";
    private static final String IN_BODY = "牧区冬季草场管理情况通报";

    @Test
    void titlesWithTheWordsTogetherFirstThenTitlesWithThemApartThenBodies() {
        long site = jdbc.sql("select id from site where is_default").query(Long.class).single();
        List<Long> ids = jdbc.sql("select article_id from published_article where site_id = ? order by article_id limit 3")
                .param(site).query(Long.class).list();
        List<Map<String, Object>> before = jdbc.sql("select article_id, title, body_text from published_article where article_id in (?, ?, ?)")
                .params(ids.get(0), ids.get(1), ids.get(2)).query().listOfRows();
        try {
            rewrite(ids.get(0), IN_BODY, "今年冬季在南山一带多次见到雪豹岩羊的踪迹，请牧民注意。");
            rewrite(ids.get(1), TOGETHER, "请各乡镇按要求开展巡护。");
            rewrite(ids.get(2), APART, "保护区情况介绍。");

            assertThat(titles("雪豹 岩羊")).containsExactly(TOGETHER, APART, IN_BODY);
            // One word: titles that hold it before the body that does.
            assertThat(titles("雪豹")).hasSize(3).endsWith(IN_BODY);
        } finally {
            for (Map<String, Object> row : before) {
                rewrite(((Number) row.get("article_id")).longValue(), (String) row.get("title"), (String) row.get("body_text"));
            }
        }
    }

    private List<String> titles(String words) {
        long site = jdbc.sql("select id from site where is_default").query(Long.class).single();
        return search.search(site, new SearchQuery(words, null, null, null, 1)).hits().stream().map(SearchHit::title).toList();
    }

    /** Changes the live row and indexes it again, as publication would. */
    private void rewrite(long articleId, String title, String body) {
        jdbc.sql("update published_article set title = ?, body_text = ? where article_id = ?").params(title, body, articleId).update();
        transactions.executeWithoutResult(status -> Search.session(entityManager).indexingPlan()
                .addOrUpdate(entityManager.find(PublishedArticle.class, articleId)));
    }
}
