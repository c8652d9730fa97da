package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opencounty.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Upgrading from notices stored per person (V6) to notices read off the signals (V7) keeps what was read read. */
class NoticeMigrationTest {

    @Test
    void noticesReadBeforeTheUpgradeStayRead() throws Exception {
        String url = TestDatabase.freshDatabase("notice_migration");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        Flyway.configure().dataSource(url, user, password).target("6").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        jdbc.sql("""
                insert into supervision_signal (id, site_id, unit_id, application_id, type, issued_on)
                values (1, 1, 1, 10, 'YELLOW', '2026-09-29'), (2, 1, 1, 11, 'YELLOW', '2026-09-30')""").update();
        jdbc.sql("""
                insert into supervision_notification (recipient, signal_id, is_read, created_at, read_at) values
                    ('handler1', 1, true, '2026-09-29T02:00:00Z', '2026-09-29T03:00:00Z'),
                    ('leader1', 1, true, '2026-09-29T02:00:00Z', null),
                    ('handler1', 2, false, '2026-09-30T02:00:00Z', null),
                    ('leader1', 2, false, '2026-09-30T02:00:00Z', null)""").update();

        Flyway.configure().dataSource(url, user, password).load().migrate();

        assertThat(jdbc.sql("select reader || ':' || signal_id || ':' || to_char(read_at at time zone 'UTC', 'HH24:MI') from supervision_notice_read order by 1")
                .query(String.class).list()).containsExactly("handler1:1:03:00", "leader1:1:02:00");
        assertThat(jdbc.sql("select count(*) from pg_tables where tablename = 'supervision_notification'").query(Long.class).single()).isZero();
    }
}
