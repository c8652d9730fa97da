package org.opencounty.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Set;
import org.opencounty.calendar.CalendarAdministration;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Recomputing the open clocks after a calendar change (bench/clocks/run.sh; not part of the test suite): starts a
 * scratch embedded PostgreSQL, the platform on it with the demo data, adds {@code bench.cases} (20,000) cases being
 * handled over the demo's items, accepted in the last 30 days, a quarter of them with a statutory limit of 45 working
 * days, 3 % with a special procedure behind them, and times the administrator's calls, which return once the clocks
 * are recomputed:
 * <ol>
 *   <li>a regional holiday set a week ahead: every case counting a day of this year is read, and all are rewritten
 *       (the generator wrote approximate due dates);</li>
 *   <li>the same holiday taken back: every case read again, those counting that day rewritten;</li>
 *   <li>a holiday on a day two months back, which no case counts: every case of the year read, none rewritten;</li>
 *   <li>next year's national arrangement loaded: only the cases running into next year are read.</li>
 * </ol>
 */
public final class ClockRecomputeBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-clocks")).toAbsolutePath();
        int cases = Integer.getInteger("bench.cases", 20_000);
        Files.createDirectories(root);
        EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres")).setCleanDataDirectory(true)
                .setServerConfig("timezone", "UTC").setServerConfig("max_connections", "100").start();
        String url = database.getJdbcUrl("postgres", "postgres");
        ConfigurableApplicationContext context = null;
        try {
            say("load average before: " + Files.readString(Path.of("/proc/loadavg")).strip());
            context = BenchPlatform.start(url, root, "org.opencounty.applications=INFO");
            CalendarAdministration calendar = context.getBean(CalendarAdministration.class);
            WorkingDays workingDays = context.getBean(WorkingDays.class);
            LocalDate today = LocalDate.now(TimeConfiguration.CHINA);
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                long started = System.nanoTime();
                generate(db, cases, today);
                say("%d open cases in the database (%d generated) in %.1f s".formatted(
                        count(db, "select count(*) from application where state in ('SUBMITTED','CORRECTION_REQUESTED','ACCEPTED','APPROVED','DENIED')"),
                        cases, seconds(started)));
                Actor admin = admin(db);
                LocalDate holiday = workingDays.dueDate(today, 5, Region.XJ).dueDate();

                started = System.nanoTime();
                calendar.setDay(admin, Region.XJ, holiday, true, "基准假日");
                say("(1) holiday on %s set: %.2f s, %s".formatted(holiday, seconds(started), heap()));
                started = System.nanoTime();
                calendar.removeDay(admin, Region.XJ, holiday);
                say("(2) holiday taken back: %.2f s, %s".formatted(seconds(started), heap()));
                LocalDate past = workingDays.dueDate(today.minusDays(60), 1, Region.XJ).dueDate();
                started = System.nanoTime();
                calendar.setDay(admin, Region.XJ, past, true, "基准假日");
                say("(3) holiday on %s set: %.2f s".formatted(past, seconds(started)));
                int next = today.getYear() + 1;
                started = System.nanoTime();
                calendar.loadYear(admin, Region.CN, "{\"year\":%d,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"%d-01-01\",\"isOffDay\":true}]}"
                        .formatted(next, next));
                say("(4) %d loaded: %.2f s; %d open cases run into it".formatted(next, seconds(started),
                        count(db, "select count(*) from application where state = 'ACCEPTED' and statutory_due >= '" + next + "-01-01'")));
            }
            say("load average after: " + Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            if (context != null) {
                context.close();
            }
            database.close();
        }
    }

    /** Cases being handled over the demo's items; due dates roughly right, as if written under another calendar. */
    private static void generate(Connection db, int cases, LocalDate today) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("""
                    create temporary table bench_item as
                    select row_number() over (order by entry_id) - 1 as n, entry_id, site_id, unit_id, name
                    from published_entry where kind = 'ITEM'""");
            statement.execute("""
                    insert into application (site_id, unit_id, service_item_id, item_name, applicant_name, applicant_phone, state,
                                             region, statutory_days, promised_days, submitted_on, accepted_on, current_step,
                                             current_step_started_on, handler, promised_due, statutory_due, step_due)
                    select i.site_id, i.unit_id, i.entry_id, i.name, '申请人' || g, '139' || lpad(g::text, 8, '0'), 'ACCEPTED', 'XJ',
                           case when g %% 4 = 0 then 45 else 20 end, 15, d.accepted - 1, d.accepted, 0, d.accepted, 'bench',
                           d.accepted + 21, d.accepted + case when g %% 4 = 0 then 63 else 28 end, d.accepted
                    from generate_series(1, %d) g
                    cross join lateral (select date '%s' - (g %% 30) as accepted) d
                    join bench_item i on i.n = g %% (select count(*) from bench_item)""".formatted(cases, today));
            statement.execute("""
                    insert into application_clock_entry (application_id, kind, by_user, reason, legal_basis, from_date, to_date)
                    select id, 'SUSPENSION', 'bench', '专家评审', '《中华人民共和国行政许可法》第四十五条', accepted_on + 1, accepted_on + 4
                    from application where handler = 'bench' and id % 33 = 0""");
            statement.execute("analyze application; analyze application_clock_entry");
        }
    }

    private static Actor admin(Connection db) throws Exception {
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select id, unit_id, site_id from account where username = 'admin'")) {
            row.next();
            return new Actor(row.getLong(1), "admin", "管理员", Set.of(Role.CENTER_ADMIN), row.getLong(2), "egov-center", "县电子政务中心",
                    row.getLong(3));
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String heap() {
        Runtime runtime = Runtime.getRuntime();
        return "heap in use %d MB".formatted((runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
    }
}
