package org.opencounty.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestDatabase;
import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Issue 9 item 4: each site's center keeps its own prohibited terms, and one county's list never screens another's content. */
class ScreeningTermsPerSiteTest extends IntegrationTest {

    @Autowired
    private ScreeningTerms terms;

    @Test
    void aTermOfOneSiteNeitherScreensNorCanBeRemovedByAnother() {
        long home = jdbc.sql("select id from site where is_default").query(Long.class).single();
        long other = jdbc.sql("""
                insert into site (code, name, domain, site_id_code) values ('other-county', '另一县', 'other.example', '6500000002')
                returning id""").query(Long.class).single();
        Actor homeAdmin = new Actor(0, "admin", "管理员", Set.of(Role.CENTER_ADMIN), null, null, null, home);
        Actor otherAdmin = new Actor(0, "admin-other", "另一县管理员", Set.of(Role.CENTER_ADMIN), null, null, null, other);
        ScreeningTerms.Term term = terms.add(otherAdmin, "另一县禁用词", "测试");
        try {
            assertThat(terms.forScreening(other)).extracting(ProhibitedTerm::term).contains("另一县禁用词");
            assertThat(terms.forScreening(home)).extracting(ProhibitedTerm::term).doesNotContain("另一县禁用词");
            assertThat(terms.all(home)).extracting(ScreeningTerms.Term::id).doesNotContain(term.id());
            assertThatThrownBy(() -> terms.remove(homeAdmin, term.id())).isInstanceOf(NotFoundException.class);
            // The same word may be listed by both sites.
            ScreeningTerms.Term homeTerm = terms.add(homeAdmin, "另一县禁用词", "测试");
            terms.remove(homeAdmin, homeTerm.id());
        } finally {
            terms.remove(otherAdmin, term.id());
            jdbc.sql("delete from search_synonym where site_id = :id").param("id", other).update();
            jdbc.sql("delete from site where id = :id").param("id", other).update();
        }
    }

    @Test
    void upgradingKeepsEachTermForItsSiteAndATermOfUnknownAuthorForEverySite() throws Exception {
        String url = TestDatabase.freshDatabase("terms_per_site");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        Flyway.configure().dataSource(url, user, password).target("8").load().migrate();
        JdbcClient old = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        old.sql("""
                insert into site (id, code, name, domain, site_id_code) values
                    (1, 'a', '甲县', 'a.example', '6500000001'), (2, 'b', '乙县', 'b.example', '6500000002')""").update();
        old.sql("""
                insert into account (site_id, username, password_hash, kind, display_name) values
                    (1, 'admin-a', 'x', 'CITIZEN', '甲'), (2, 'admin-b', 'x', 'CITIZEN', '乙')""").update();
        old.sql("""
                insert into screening_term (term, category, created_by) values
                    ('甲县词', '测试', 'admin-a'), ('乙县词', '测试', 'admin-b'), ('无主词', '测试', 'gone')""").update();

        Flyway.configure().dataSource(url, user, password).load().migrate();

        assertThat(old.sql("select site_id || ':' || term from screening_term order by site_id, term").query(String.class).list())
                .containsExactlyInAnyOrder("1:甲县词", "2:乙县词", "1:无主词", "2:无主词");
    }
}
