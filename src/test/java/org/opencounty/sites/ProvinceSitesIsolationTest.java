package org.opencounty.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.bench.SearchGenerator;
import org.opencounty.content.Category;
import org.opencounty.content.PublishedArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A province's deployment (集约化): several county sites made by the benchmark's generator, each with its units and
 * articles written from the same demo text, so that every word is found on every site. Whatever a visitor of one site
 * lists or searches — home, columns, feeds, policies, unit catalogues, search — names only that site's articles,
 * and another site's article is not found under its host, cached page or not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceSitesIsolationTest extends IntegrationTest {

    private static final int SITES = 3;
    private static final int UNITS = 6;
    private static final int ARTICLES = 480;
    private static final Pattern ARTICLE_LINK = Pattern.compile("/articles/(\\d+)");

    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeAll
    void aProvince() throws Exception {
        if (jdbc.sql("select count(*) from site where code like 'bench-site-%'").query(Long.class).single() == 0) {
            try (Connection db = dataSource.getConnection()) {
                SearchGenerator generator = new SearchGenerator(db, false);
                generator.sites(SITES, UNITS);
                generator.articles(1, ARTICLES);
            }
            // Written behind Hibernate Search's back, as the generator does: indexed as after a bulk load.
            MassIndexer indexer = Search.mapping(entityManagerFactory).scope(PublishedArticle.class).massIndexer().purgeAllOnStart(false);
            indexer.type(PublishedArticle.class).reindexOnly("e.indexNumber like 'BENCH-%'");
            indexer.startAndWait();
        }
    }

    List<String> hosts() {
        List<String> hosts = new ArrayList<>(jdbc.sql("select domain from site where code like 'bench-site-%' order by id").query(String.class).list());
        hosts.add("localhost");
        return hosts;
    }

    @Test
    void theGeneratorMakesSitesOfTheirUnitsWithArticlesOverTenYears() {
        assertThat(jdbc.sql("""
                select count(distinct p.site_id) || ' ' || min(u.n) || ' ' || count(*) || ' ' || count(distinct p.category) || ' '
                       || (max(p.published_at) - min(p.published_at) between interval '3000 days' and interval '3650 days')
                from published_article p
                join (select site_id, count(*) n from unit group by site_id) u on u.site_id = p.site_id
                where p.index_number like 'BENCH-%'""").query(String.class).single())
                .isEqualTo(SITES + " " + UNITS + " " + ARTICLES + " 8 true");
        // Every article's unit is one of its own site's.
        assertThat(jdbc.sql("""
                select count(*) from published_article p join unit u on u.id = p.unit_id
                where p.index_number like 'BENCH-%' and u.site_id <> p.site_id""").query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @MethodSource("hosts")
    void everyListAndSearchOfASiteNamesOnlyItsOwnArticles(String host) throws Exception {
        long site = jdbc.sql("select site_id from site_host where host = ? union select id from site where is_default and ? = 'localhost'")
                .param(host).param(host).query(Long.class).single();
        List<String> pages = new ArrayList<>(List.of("/", "/policies", "/disclosure"));
        for (Category category : Category.values()) {
            pages.add("/columns/" + category.code());
            pages.add("/columns/" + category.code() + "/feed.atom");
        }
        jdbc.sql("select code from unit where site_id = ? order by id limit 3").param(site).query(String.class).list()
                .forEach(unit -> pages.add("/units/" + unit + "/catalogue"));
        for (String words : List.of("旅游", "牧民 草原", "服务", "巴里坤", "就业")) {
            pages.add("/search?q=" + words);
            pages.add("/search?q=" + words + "&page=2");
        }
        Set<Long> listed = new LinkedHashSet<>();
        for (String page : pages) {
            // Twice: the second answer comes from the page cache, which must keep the sites apart too.
            for (int i = 0; i < 2; i++) {
                MvcResult result = mvc.perform(get(page).with(request -> {
                    request.setServerName(host);
                    return request;
                })).andReturn();
                assertThat(result.getResponse().getStatus()).as(host + page).isEqualTo(200);
                Matcher links = ARTICLE_LINK.matcher(result.getResponse().getContentAsString());
                while (links.find()) {
                    listed.add(Long.parseLong(links.group(1)));
                }
            }
        }
        assertThat(listed).as("articles listed on " + host).hasSizeGreaterThan(20);
        List<Long> elsewhere = jdbc.sql("select article_id from published_article where article_id in (:ids) and site_id <> :site")
                .param("ids", listed).param("site", site).query(Long.class).list();
        assertThat(elsewhere).as("other sites' articles listed on " + host).isEmpty();
        assertThat(jdbc.sql("select count(*) from published_article where article_id in (:ids)").param("ids", listed)
                .query(Long.class).single()).as("every link is a published article").isEqualTo(listed.size());

        long foreign = jdbc.sql("select min(article_id) from published_article where site_id <> ? and index_number like 'BENCH-%'")
                .param(site).query(Long.class).single();
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.perform(get("/articles/" + foreign).with(request -> {
                request.setServerName(host);
                return request;
            })).andReturn().getResponse().getStatus()).as("another site's article on " + host).isEqualTo(404);
        }
    }
}
