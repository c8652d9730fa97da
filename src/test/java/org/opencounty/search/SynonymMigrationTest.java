package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opencounty.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading to V16: a site that existed before gets the starter synonyms, a site created later gets them too, and
 * units keep their rows with an empty credit code and legal name (their 索引号 stay as issued).
 */
class SynonymMigrationTest {

    @Test
    void existingAndNewSitesStartWithTheSynonymsAndUnitsKeepTheirRows() throws Exception {
        String url = TestDatabase.freshDatabase("synonym_migration");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        Flyway.configure().dataSource(url, user, password).target("8").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        jdbc.sql("insert into site (id, code, name, domain, site_id_code) values (1, 'old', '旧站', 'old.gov.cn', '6505210001')").update();
        jdbc.sql("insert into unit (id, site_id, code, name, kind) values (1, 1, 'market', '县市场监督管理局', 'DEPARTMENT')").update();

        Flyway.configure().dataSource(url, user, password).load().migrate();

        assertThat(jdbc.sql("select words from search_synonym where site_id = 1 order by id").query(String.class).list())
                .contains("供暖 供热 采暖 暖气", "营业执照 执照");
        assertThat(jdbc.sql("select credit_code || '|' || legal_name || '|' || name from unit where id = 1").query(String.class).single())
                .isEqualTo("||县市场监督管理局");
        jdbc.sql("insert into site (id, code, name, domain, site_id_code) values (2, 'new', '新站', 'new.gov.cn', '6505210002')").update();
        assertThat(jdbc.sql("select count(*) from search_synonym where site_id = 2").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from search_synonym where site_id = 1").query(Long.class).single());
    }
}
