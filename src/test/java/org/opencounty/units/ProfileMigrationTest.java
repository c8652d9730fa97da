package org.opencounty.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opencounty.TestDatabase;
import org.opencounty.units.internal.ContactsJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An existing platform's profiles were published before the review chain: upgrading makes each the unit's first
 * revision, live, with its registered contacts, so that the portal shows the same and the next edit is a revision 2.
 */
class ProfileMigrationTest {

    @Test
    void existingProfilesBecomeThePublishedFirstRevision() throws Exception {
        String url = TestDatabase.freshDatabase("profile_migration");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        // Up to the schema before profiles had revisions, then data as an older platform left it.
        Flyway.configure().dataSource(url, user, password).target("6").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        jdbc.sql("insert into site (code, name, domain, site_id_code, is_default) values ('old', '旧县', 'old.example', '6505210099', true)").update();
        jdbc.sql("""
                insert into unit (site_id, code, name, kind, organisation, duties, leader_name, address, phone, email, office_hours)
                select id, 'old-office', '旧办公室', 'COUNTY', '设综合股', '依法履职', '王五', '老街1号', '0902-6820001',
                       'old@balikun.gov.cn', '工作日' from site""").update();
        jdbc.sql("insert into unit (site_id, code, name, kind) select id, 'empty', '空白单位', 'COUNTY' from site").update();
        jdbc.sql("""
                insert into unit_contact (unit_id, role, name, post, phone, email, sort_order)
                select id, 'INFO_OFFICER', '赵六', '科员', '18999680002', '', 1 from unit where code = 'old-office'
                union all
                select id, 'PRINCIPAL_LEADER', '王五', '主任', '18999680001', 'wangwu@balikun.gov.cn', 0 from unit where code = 'old-office'
                """).update();

        Flyway.configure().dataSource(url, user, password).load().migrate();

        Map<String, Object> unit = jdbc.sql("""
                select u.profile_state, u.profile_working_revision_id, r.number, r.address, r.office_hours, r.contacts, r.author
                from unit u join unit_profile_revision r on r.id = u.profile_live_revision_id where u.code = 'old-office'""")
                .query().singleRow();
        assertThat(unit).containsEntry("profile_state", "PUBLISHED").containsEntry("number", 1)
                .containsEntry("address", "老街1号").containsEntry("office_hours", "工作日").containsEntry("author", "migration");
        assertThat(unit.get("profile_working_revision_id")).isNull();
        assertThat(new ContactsJson().convertToEntityAttribute((String) unit.get("contacts"))).containsExactly(
                new Contact(ContactRole.PRINCIPAL_LEADER, "王五", "主任", "18999680001", "wangwu@balikun.gov.cn"),
                new Contact(ContactRole.INFO_OFFICER, "赵六", "科员", "18999680002", ""));
        assertThat(jdbc.sql("""
                select r.contacts from unit u join unit_profile_revision r on r.id = u.profile_live_revision_id
                where u.code = 'empty'""").query(String.class).single()).isEqualTo("[]");
        assertThat(jdbc.sql("select action from review_event e join unit u on u.id = e.subject_id where e.kind = 'unit.profile' and u.code = 'old-office'")
                .query(String.class).list()).isEqualTo(List.of("import"));
    }
}
