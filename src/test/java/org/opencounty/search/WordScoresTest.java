package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.content.PublishedArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two words or more are scored as one flat disjunction (docs/adr/0029-search-speed.md, decision 25): the page must be
 * the page of the words' plain query, the one the search ran before (every word somewhere, each word's fields summed,
 * the title three times, the typed words together in a title four times): the same articles in the same order, the
 * same count where it is exact. Counted exactly up to 3 (as {@link ApproximateCountTest}), so that Lucene passes over
 * the articles that cannot reach the page from the fourth match on, which is where a wrong skip would show.
 */
@TestPropertySource(properties = "opencounty.search.exact-count-up-to=3")
class WordScoresTest extends IntegrationTest {

    @Autowired
    SiteSearch search;
    @Autowired
    SearchSynonyms synonyms;
    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoWordsGiveThePageOfTheWordsPlainQuery() {
        long site = jdbc.sql("select id from site where is_default").query(Long.class).single();
        List<Long> ids = jdbc.sql("select article_id from published_article where site_id = ? order by article_id limit 30")
                .param(site).query(Long.class).list();
        List<Map<String, Object>> before = new ArrayList<>();
        for (Long id : ids) {
            before.add(jdbc.sql("select article_id, title, body_text from published_article where article_id = ?").param(id)
                    .query().singleRow());
        }
        Actor admin = new Actor(0, "admin", "管理员", Set.of(Role.CENTER_ADMIN), 1L, "center", "县电子政务中心", site);
        SearchSynonyms.Group glacier = null;
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
            // Titles holding both words apart, and the typed words together: the phrase ranks the second first.
            rewrite(ids.get(26), "湿地巡查与雪豹保护", "巡查记录。");
            rewrite(ids.get(27), "雪豹湿地", "巡查记录。");
            // A word only in the title against the same word many times in a body.
            rewrite(ids.get(28), "岩羊巡查", "湿地。");
            rewrite(ids.get(29), "记录", "岩羊岩羊岩羊岩羊岩羊，巡查巡查。");

            SearchResults snowLeopards = samePage(site, "雪豹 岩羊", 1);
            assertThat(snowLeopards.hits()).hasSize(10).allSatisfy(hit -> assertThat(hit.title()).startsWith("雪豹监测"));
            assertThat(snowLeopards.totalExact()).isFalse();
            SearchResults glaciers = samePage(site, "冰川 湿地", 1);
            assertThat(glaciers.hits().subList(0, 2)).extracting(SearchHit::title).containsExactlyInAnyOrder("生态简报", "生态快讯");
            assertThat(samePage(site, "雪豹 岩羊", 2).hits()).hasSize(2);
            assertThat(samePage(site, "雪豹湿地", 1).hits().getFirst().title()).isEqualTo("雪豹湿地");

            glacier = synonyms.add(admin, site, "冰川 冰河");
            assertThat(samePage(site, "冰河 湿地", 1).hits()).extracting(SearchHit::title).contains("生态简报", "生态快讯");
            for (String words : List.of("雪豹", "岩羊", "冰川", "湿地", "雪豹监测", "岩羊 雪豹", "冰川 巡查", "冰川 湿地 巡查",
                    "雪豹 冰川", "湿地 雪豹", "岩羊 巡查", "巡查 记录 湿地", "雪豹 ！", "！ ？", "冰河 巡查", "冰河 冰河 湿地")) {
                samePage(site, words, 1);
                samePage(site, words, 2);
            }
        } finally {
            if (glacier != null) {
                synonyms.remove(admin, site, glacier.id());
            }
            for (Map<String, Object> row : before) {
                rewrite(((Number) row.get("article_id")).longValue(), (String) row.get("title"), (String) row.get("body_text"));
            }
        }
    }

    /** The search's page and the plain query's page, which must be the same; the first is returned. */
    private SearchResults samePage(long site, String words, int page) {
        SearchResults found = search.search(site, new SearchQuery(words, null, null, null, page));
        SearchResult<Long> plain = plainQuery(site, words, page);
        assertThat(found.hits()).extracting(SearchHit::url).as(words + ", page " + page)
                .isEqualTo(plain.hits().stream().map(PublishedArticle::url).toList());
        // Where one of them counted every match, the other's count is that count or a lower bound of it.
        if (plain.total().isHitCountExact()) {
            assertThat(found.total()).as(words).isLessThanOrEqualTo(plain.total().hitCountLowerBound());
            assertThat(found.total() == plain.total().hitCountLowerBound()).as(words).isEqualTo(found.totalExact());
        }
        if (found.totalExact()) {
            assertThat(found.total()).as(words).isGreaterThanOrEqualTo(plain.total().hitCountLowerBound());
        }
        return found;
    }

    /** The query the search ran before decision 25, nested: a conjunction of each word's fields, or the title phrase. */
    private SearchResult<Long> plainQuery(long site, String typed, int page) {
        String words = synonyms.expand(site, typed);
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            return Search.session(session).search(PublishedArticle.class).select(f -> f.id(Long.class))
                    .where(f -> f.bool().filter(f.match().field("siteId").matching(site))
                            .must(f.bool()
                                    .should(f.simpleQueryString().fields("title").boost(3.0f).field("bodyText").field("keywords")
                                            .matching(words).flags(SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.OR, SimpleQueryFlag.PRECEDENCE)
                                            .defaultOperator(BooleanOperator.AND))
                                    .should(f.phrase().field("title").boost(4.0f).matching(typed))
                                    .minimumShouldMatchNumber(1)))
                    .sort(f -> f.score())
                    .totalHitCountThreshold(3)
                    .fetch((page - 1) * SearchQuery.PAGE_SIZE, SearchQuery.PAGE_SIZE);
        }
    }

    /** Changes the live row and indexes it again, as publication would. */
    private void rewrite(long articleId, String title, String body) {
        jdbc.sql("update published_article set title = ?, body_text = ? where article_id = ?").params(title, body, articleId).update();
        transactions.executeWithoutResult(status -> Search.session(entityManager).indexingPlan()
                .addOrUpdate(entityManager.find(PublishedArticle.class, articleId)));
    }
}
