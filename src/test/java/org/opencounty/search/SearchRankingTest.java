package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
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
        try (DemoArticles articles = new DemoArticles(3, jdbc, entityManager, transactions)) {
            articles.rewrite(0, IN_BODY, "今年冬季在南山一带多次见到雪豹岩羊的踪迹，请牧民注意。");
            articles.rewrite(1, TOGETHER, "请各乡镇按要求开展巡护。");
            articles.rewrite(2, APART, "保护区情况介绍。");

            assertThat(titles("雪豹 岩羊")).containsExactly(TOGETHER, APART, IN_BODY);
            // One word: titles that hold it before the body that does.
            assertThat(titles("雪豹")).hasSize(3).endsWith(IN_BODY);
        }
    }

    private List<String> titles(String words) {
        long site = jdbc.sql("select id from site where is_default").query(Long.class).single();
        return search.search(site, new SearchQuery(words, null, null, null, 1)).hits().stream().map(SearchHit::title).toList();
    }
}
