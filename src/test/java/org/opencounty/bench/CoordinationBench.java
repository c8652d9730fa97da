package org.opencounty.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.coordination.Assessment;
import org.opencounty.coordination.Ranking;
import org.opencounty.supervision.SupervisionSweep;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The coordination benchmark (bench/coordination/run.sh; not part of the test suite): a county ×10 — 300 units and a
 * year of supervision signals (with {@code -Dbench.full=true} the supervision benchmark's million applications and a
 * sweep over them; by default 60,000 signals written directly, bench/coordination/signals.sql) — 200 tasks issued to
 * every assessed unit (bench/coordination/generate.sql), and times
 * <ol>
 *   <li>recomputing every unit's score of the year (the ranking of an open year is computed from the facts each time);</li>
 *   <li>the matrix page {@code /admin/tasks} over HTTP for the center's editor, signed in through the login form.</li>
 * </ol>
 */
public final class CoordinationBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-coordination")).toAbsolutePath();
        int pageRuns = Integer.getInteger("bench.pageRuns", 100);
        Files.createDirectories(root);
        String url = System.getenv("BENCH_DB_URL");
        EmbeddedPostgres database = null;
        if (url == null) {
            database = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres")).setCleanDataDirectory(true)
                    .setServerConfig("timezone", "UTC").setServerConfig("max_connections", "100").start();
            url = database.getJdbcUrl("postgres", "postgres");
        }
        ConfigurableApplicationContext context = null;
        try {
            say("load average before: " + Files.readString(Path.of("/proc/loadavg")).strip());
            long started = System.nanoTime();
            context = BenchPlatform.start(url, root, "org.opencounty.coordination=INFO");
            say("platform started in %.1f s".formatted(seconds(started)));
            SupervisionSweep sweep = context.getBean(SupervisionSweep.class);
            LocalDate today = sweep.today();
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                db.setAutoCommit(true);
                started = System.nanoTime();
                if (Boolean.getBoolean("bench.full")) {
                    // The supervision benchmark's million applications, then a sweep: its signals are the year's facts.
                    try (Statement statement = db.createStatement()) {
                        statement.execute(Files.readString(Path.of("bench/supervision/generate.sql")).replace("{{TODAY}}", today.toString()));
                        statement.execute("vacuum analyze");
                    }
                    say("applications generated in %.1f s".formatted(seconds(started)));
                    started = System.nanoTime();
                    int signals = sweep.sweep(today);
                    say("supervision sweep: %d signals in %.1f s".formatted(signals, seconds(started)));
                } else {
                    try (Statement statement = db.createStatement()) {
                        statement.execute(Files.readString(Path.of("bench/coordination/signals.sql")).replace("{{TODAY}}", today.toString()));
                    }
                    say("300 units and a year of signals generated in %.1f s".formatted(seconds(started)));
                }
                started = System.nanoTime();
                try (Statement statement = db.createStatement()) {
                    statement.execute(Files.readString(Path.of("bench/coordination/generate.sql")).replace("{{TODAY}}", today.toString()));
                }
                say("tasks generated in %.1f s: %s".formatted(seconds(started), query(db, """
                        select count(distinct task_id) || ' tasks, ' || count(*) || ' unit tasks (' || count(*) filter (where fulfilled_at is null)
                               || ' open), ' || count(distinct unit_id) || ' units; '
                               || (select count(*) from coord_signal_fact where type in ('RED','STATUTORY_OVERDUE')) || ' red cards and statutory overdue signals'
                        from coord_task_unit""")));

                // (1) every unit's score of the year, recomputed from the facts
                long siteId = Long.parseLong(query(db, "select id from site where is_default"));
                long centerUnit = Long.parseLong(query(db, "select id from unit where code = 'egov-center' and site_id = " + siteId));
                Actor admin = new Actor(0, "admin", "", Set.of(Role.CENTER_ADMIN), centerUnit, "egov-center", "", siteId);
                Assessment assessment = context.getBean(Assessment.class);
                List<Double> millis = new ArrayList<>();
                Ranking ranking = null;
                for (int i = 0; i < 6; i++) {
                    started = System.nanoTime();
                    ranking = assessment.ranking(admin, siteId, today.getYear());
                    millis.add((System.nanoTime() - started) / 1e6);
                }
                say("(1) recompute every unit's score (%d units ranked): %s ms (the first warms up)".formatted(ranking.units().size(),
                        millis.stream().map(m -> "%.0f".formatted(m)).toList()));

                // (2) the matrix page, as the center's editor
                Page page = new Page(port);
                page.signIn("center");
                // A server runs for days: 20 calls first, not counted, so that the JIT compiler has seen the page.
                page.time(20, "/admin/tasks");
                say("(2) /admin/tasks (after 20 calls not counted): " + page.time(pageRuns, "/admin/tasks"));
                say("(2) /admin/tasks?kind=TOWNSHIP&state=OVERDUE: " + page.time(pageRuns / 5, "/admin/tasks?kind=TOWNSHIP&state=OVERDUE"));
                say("(2) /admin/tasks.csv (every task): " + page.time(5, "/admin/tasks.csv"));
                say("load average after: " + Files.readString(Path.of("/proc/loadavg")).strip());
            }
        } finally {
            if (context != null) {
                context.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    private static String query(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
    }

    /** A browser's session: the login form with its CSRF token, then pages with the session cookie. */
    private static final class Page {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final int port;

        Page(int port) {
            this.port = port;
        }

        void signIn(String username) throws Exception {
            String form = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"(_csrf)\" value=\"([^\"]+)\"").matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            String body = "username=" + username + "&password=" + URLEncoder.encode("Demo#2026", StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(2);
            http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        }

        String time(int runs, String path) throws Exception {
            List<Double> millis = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
                millis.add((System.nanoTime() - started) / 1e6);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " -> " + response.statusCode());
                }
                bytes = response.body().length;
            }
            Collections.sort(millis);
            return "%d calls, p50 %.1f ms, p95 %.1f ms, max %.1f ms, %d bytes".formatted(runs, percentile(millis, 50), percentile(millis, 95),
                    millis.getLast(), bytes);
        }

        private static double percentile(List<Double> sorted, int p) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
