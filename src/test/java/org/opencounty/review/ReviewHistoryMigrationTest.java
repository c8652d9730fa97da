package org.opencounty.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opencounty.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading from one history table per kind (article_event, catalogue_event, unit_profile_event) to the one
 * review_event keeps every row of every submission, in its order, with its revision, time, actor, states and reason.
 */
class ReviewHistoryMigrationTest {

    private static final String ROW = "coalesce(revision_id::text, '-') || '|' || to_char(at at time zone 'UTC', 'YYYY-MM-DD HH24:MI')"
            + " || '|' || actor || '|' || action || '|' || coalesce(from_state, '-') || '|' || coalesce(to_state, '-') || '|' || reason";

    @Test
    void everyKindsHistoryArrivesInTheOneTable() throws Exception {
        String url = TestDatabase.freshDatabase("review_history_migration");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        // Up to the last schema with a history table per kind, then histories as an older platform left them.
        Flyway.configure().dataSource(url, user, password).target("8").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        jdbc.sql("insert into site (code, name, domain, site_id_code, is_default) values ('old', '旧县', 'old.example', '6505210099', true)").update();
        jdbc.sql("""
                insert into unit (site_id, code, name, kind, updated_at)
                select id, 'office', '办公室', 'COUNTY', '2026-10-01T01:00:00Z' from site""").update();
        jdbc.sql("""
                insert into article (site_id, unit_id, category, state, created_by)
                select site_id, id, 'notices', 'WITHDRAWN', 'officer1' from unit""").update();
        jdbc.sql("""
                insert into article_revision (article_id, number, title, body, author)
                select id, n, '通知' || n, '<p>正文</p>', 'officer1' from article, generate_series(1, 2) n""").update();
        jdbc.sql("""
                insert into article_event (article_id, revision_id, at, actor, action, from_state, to_state, reason)
                select a.id, r.id, e.at::timestamptz, e.actor, e.action, e.from_state, e.to_state, e.reason
                from article a join article_revision r on r.article_id = a.id
                join (values (1, 1, '2026-10-01T02:00:00Z', 'officer1', 'create', null, 'DRAFT', ''),
                             (2, 1, '2026-10-01T03:00:00Z', 'officer1', 'submit', 'DRAFT', 'PENDING_LEADER', '报送人确认以下内容确需公开：MOBILE_NUMBER“13999012345”'),
                             (3, 1, '2026-10-01T04:00:00Z', 'leader1', 'return', 'PENDING_LEADER', 'RETURNED', '请补充附件'),
                             (4, 2, '2026-10-01T03:30:00Z', 'officer1', 'edit', 'RETURNED', 'DRAFT', ''))
                     as e(seq, number, at, actor, action, from_state, to_state, reason) on e.number = r.number
                order by e.seq""").update();
        jdbc.sql("""
                insert into article_event (article_id, revision_id, at, actor, action, from_state, to_state, reason)
                select id, null, '2026-10-02T01:00:00Z', 'center1', 'withdraw', 'PUBLISHED', 'WITHDRAWN', '信息已过时' from article""").update();
        jdbc.sql("""
                insert into catalogue_entry (site_id, unit_id, kind, state, created_by)
                select site_id, id, 'FEE', 'PUBLISHED', 'demo' from unit""").update();
        jdbc.sql("insert into catalogue_revision (entry_id, number, content, author) select id, 1, '{}', 'demo' from catalogue_entry").update();
        jdbc.sql("""
                insert into catalogue_event (entry_id, revision_id, at, actor, action, from_state, to_state)
                select entry_id, id, '2026-09-30T00:00:00Z', 'demo', 'import', null, 'PUBLISHED' from catalogue_revision""").update();
        jdbc.sql("""
                insert into unit_profile_revision (unit_id, number, contacts, author) select id, 1, '[]', 'officer1' from unit""").update();
        jdbc.sql("""
                insert into unit_profile_event (unit_id, revision_id, at, actor, action, from_state, to_state)
                select unit_id, id, '2026-10-01T05:00:00Z'::timestamptz, 'officer1', 'edit', 'PUBLISHED', 'DRAFT' from unit_profile_revision
                union all
                select unit_id, id, '2026-10-01T06:00:00Z'::timestamptz, 'officer1', 'submit', 'DRAFT', 'PENDING_LEADER' from unit_profile_revision""").update();
        List<String> articles = rows(jdbc, "article_event", "article_id");
        List<String> entries = rows(jdbc, "catalogue_event", "entry_id");
        List<String> profiles = rows(jdbc, "unit_profile_event", "unit_id");
        assertThat(articles).hasSize(5);

        Flyway.configure().dataSource(url, user, password).load().migrate();

        assertThat(history(jdbc, "article")).isEqualTo(articles);
        assertThat(history(jdbc, "catalogue")).isEqualTo(entries);
        assertThat(history(jdbc, "unit.profile")).isEqualTo(profiles);
        assertThat(jdbc.sql("select count(*) from review_event").query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("""
                select count(*) from pg_tables where tablename in ('article_event', 'catalogue_event', 'unit_profile_event')""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select profile_updated_at = updated_at from unit where code = 'office'").query(Boolean.class).single())
                .isTrue();
    }

    /** Each row of an old table with its submission's id, in the order its history was shown (by id). */
    private static List<String> rows(JdbcClient jdbc, String table, String subject) {
        return jdbc.sql("select " + subject + " || '|' || " + ROW + " from " + table + " order by id").query(String.class).list();
    }

    private static List<String> history(JdbcClient jdbc, String kind) {
        return jdbc.sql("select subject_id || '|' || " + ROW + " from review_event where kind = :kind order by id")
                .param("kind", kind).query(String.class).list();
    }
}
