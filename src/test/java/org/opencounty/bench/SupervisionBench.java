package org.opencounty.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.supervision.SupervisionNotices;
import org.opencounty.supervision.SupervisionSweep;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The supervision benchmark (bench/supervision/run.sh; not part of the test suite): starts a scratch embedded
 * PostgreSQL (or uses BENCH_DB_URL), starts the platform on it with the demo data, fills it with
 * bench/supervision/generate.sql, and times
 * <ol>
 *   <li>a full sweep over the million cases, then the same sweep again (nothing new: the steady state of the
 *       ten-minute schedule), and the next day's first sweep;</li>
 *   <li>two sweeps at once after the day's signals were taken back, and checks no signal exists twice;</li>
 *   <li>the board API with random unit filters (p50/p95/max over 200 calls), the board of the whole site, the
 *       signal list, and the statistics of a quarter and a year, per unit and per service item.</li>
 * </ol>
 */
public final class SupervisionBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-supervision")).toAbsolutePath();
        Path script = Path.of(System.getProperty("bench.script", "bench/supervision/generate.sql"));
        int boardRuns = Integer.getInteger("bench.boardRuns", 200);
        Files.createDirectories(root);
        String url = System.getenv("BENCH_DB_URL");
        EmbeddedPostgres database = null;
        if (url == null) {
            // The platform's embedded server as shipped (EmbeddedDatabase), plus any settings given in bench.pg.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres"))
                    .setCleanDataDirectory(true).setServerConfig("timezone", "UTC").setServerConfig("max_connections", "100");
            for (String setting : System.getProperty("bench.pg", "").split(",")) {
                if (setting.contains("=")) {
                    builder.setServerConfig(setting.substring(0, setting.indexOf('=')).strip(), setting.substring(setting.indexOf('=') + 1).strip());
                }
            }
            database = builder.start();
            url = database.getJdbcUrl("postgres", "postgres");
        }
        ConfigurableApplicationContext context = null;
        try {
            say("PostgreSQL: " + url + (System.getProperty("bench.pg", "").isBlank() ? " (embedded defaults)" : " with " + System.getProperty("bench.pg")));
            say("load average before: " + Files.readString(Path.of("/proc/loadavg")).strip());
            long started = System.nanoTime();
            context = BenchPlatform.start(url, root, "org.opencounty.supervision=DEBUG");
            say("platform started in %.1f s".formatted(seconds(started)));
            SupervisionSweep sweep = context.getBean(SupervisionSweep.class);
            LocalDate today = sweep.today();
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));

            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                db.setAutoCommit(true);
                started = System.nanoTime();
                try (Statement statement = db.createStatement()) {
                    statement.execute(Files.readString(script).replace("{{TODAY}}", today.toString()));
                    statement.execute("vacuum analyze");
                }
                say("generated in %.1f s: %s".formatted(seconds(started), describe(db)));

                // (a) the first sweep over the backlog, then the steady state
                started = System.nanoTime();
                int first = sweep.sweep(today);
                double firstSeconds = seconds(started);
                say("(a) full sweep: %d new signals in %.2f s".formatted(first, firstSeconds));
                say("    by type: " + query(db, "select string_agg(type || ' ' || n, ', ' order by type) from "
                        + "(select type, count(*) n from supervision_signal where issued_on = '" + today + "' group by type) t"));
                long signals = count(db, "select count(*) from supervision_signal");
                started = System.nanoTime();
                int second = sweep.sweep(today);
                say("(a) second sweep, same day: %d new signals in %.2f s".formatted(second, seconds(started)));
                for (int i = 0; i < 3; i++) {
                    started = System.nanoTime();
                    sweep.sweep(today);
                    say("    steady-state sweep: %.2f s".formatted(seconds(started)));
                }

                // (b) twice, then twice at once
                long afterTwice = count(db, "select count(*) from supervision_signal");
                say("(b) signals after one sweep %d, after two %d: %s".formatted(signals, afterTwice,
                        signals == afterTwice && second == 0 ? "no duplicate" : "DUPLICATES"));
                try (Statement statement = db.createStatement()) {
                    statement.execute("delete from supervision_signal where issued_on = '" + today + "'");
                }
                ExecutorService pool = Executors.newFixedThreadPool(2);
                started = System.nanoTime();
                Callable<Integer> racer = () -> sweep.sweep(today);
                List<Future<Integer>> racers = List.of(pool.submit(racer), pool.submit(racer));
                for (Future<Integer> future : racers) {
                    future.get();
                }
                double concurrentSeconds = seconds(started);
                pool.shutdown();
                long afterRace = count(db, "select count(*) from supervision_signal");
                long distinct = count(db, "select count(distinct (application_id, type)) from supervision_signal");
                say("(b) two sweeps at once: %d and %d new signals in %.2f s; %d signals, %d distinct (application, type): %s"
                        .formatted(racers.get(0).get(), racers.get(1).get(), concurrentSeconds, afterRace, distinct,
                                afterRace == signals && afterRace == distinct ? "no duplicate" : "DUPLICATES"));

                // (a) once more: the next day's first sweep, when the day's new overdue cases and warnings come in
                LocalDate tomorrow = today.plusDays(1);
                started = System.nanoTime();
                int rollover = sweep.sweep(tomorrow);
                say("(a) next day's first sweep (%s): %d new signals in %.2f s".formatted(tomorrow, rollover, seconds(started)));
                started = System.nanoTime();
                sweep.sweep(tomorrow);
                say("    and the next day's following sweeps: %.2f s".formatted(seconds(started)));

                // (c) the board through the API, as a supervisor choosing units at random
                List<String> units = new ArrayList<>();
                try (Statement statement = db.createStatement();
                     ResultSet rs = statement.executeQuery("select distinct u.code from unit u join application a on a.unit_id = u.id")) {
                    while (rs.next()) {
                        units.add(rs.getString(1));
                    }
                }
                Api api = new Api(port);
                String token = api.token("supervisor");
                Random random = new Random(26);
                for (int i = 0; i < 20; i++) {
                    api.get(token, "/api/v1/supervision/board?unit=" + units.get(random.nextInt(units.size())));
                }
                say("(c) board, random unit: " + api.time(token, boardRuns,
                        () -> "/api/v1/supervision/board?unit=" + units.get(random.nextInt(units.size()))
                                + (random.nextBoolean() ? "" : "&sort=-due") + (random.nextInt(4) == 0 ? "&page=2" : "")));
                say("(c) board, whole site: " + api.time(token, 20, () -> "/api/v1/supervision/board"));
                say("(c) signals, random unit and type: " + api.time(token, boardRuns,
                        () -> "/api/v1/supervision/signals?unit=" + units.get(random.nextInt(units.size()))
                                + (random.nextBoolean() ? "" : "&type=" + List.of("WARNING", "YELLOW", "RED").get(random.nextInt(3)))));
                say("(c) signals, whole site: " + api.time(token, 20, () -> "/api/v1/supervision/signals"));
                say("(c) notices, supervisor (every signal of the site), unread first page: " + api.time(token, 20,
                        () -> "/api/v1/supervision/notifications?unread=true"));
                say("(c) notices, supervisor, page 50 of all: " + api.time(token, 20, () -> "/api/v1/supervision/notifications?page=50"));
                say("(c) notices, unread count beside the link (leader or handler of a random unit, supervisor): "
                        + unreadCounts(context.getBean(SupervisionNotices.class), db, random));
                say("(c) statistics, whole site, this quarter: " + api.time(token, 5, () -> "/api/v1/supervision/statistics"));
                say("(c) statistics, whole site, a year: " + api.time(token, 3,
                        () -> "/api/v1/supervision/statistics?from=" + today.minusDays(364) + "&to=" + today));
                say("(c) statistics per item, whole site, this quarter: " + api.time(token, 5,
                        () -> "/api/v1/supervision/statistics/items"));
                say("(c) statistics per item, one unit, this quarter: " + api.time(token, 20,
                        () -> "/api/v1/supervision/statistics/items?unit=" + units.get(random.nextInt(units.size()))));
                say("(c) statistics per item, whole site, a year: " + api.time(token, 3,
                        () -> "/api/v1/supervision/statistics/items?from=" + today.minusDays(364) + "&to=" + today));
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

    /**
     * The count every back-office page shows beside the notices link, timed through the service: the bench's
     * leaders and handlers have no password to sign in with.
     */
    private static String unreadCounts(SupervisionNotices notices, Connection db, Random random) throws Exception {
        List<Actor> readers = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select u.id, u.code, u.site_id from unit u where u.code like 'bench-%' order by u.id""")) {
            while (rs.next()) {
                long unit = rs.getLong(1);
                readers.add(new Actor(0, "bench-leader-" + unit, "", Set.of(Role.UNIT_LEADER), unit, rs.getString(2), "", rs.getLong(3)));
                readers.add(new Actor(0, "bench-handler-" + unit, "", Set.of(Role.CASE_HANDLER), unit, rs.getString(2), "", rs.getLong(3)));
            }
        }
        Actor supervisor = new Actor(0, "supervisor", "", Set.of(Role.SUPERVISOR), readers.getFirst().unitId(), "", "", readers.getFirst().siteId());
        List<Double> millis = new ArrayList<>();
        long most = 0;
        for (int i = 0; i < 200; i++) {
            Actor reader = i % 10 == 0 ? supervisor : readers.get(random.nextInt(readers.size()));
            long started = System.nanoTime();
            most = Math.max(most, notices.unread(reader));
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        return "200 calls, p50 %.1f ms, p95 %.1f ms, max %.1f ms (largest count %d)".formatted(Api.percentile(millis, 50),
                Api.percentile(millis, 95), millis.getLast(), most);
    }

    private static String describe(Connection db) throws Exception {
        return query(db, """
                select count(*) || ' applications (' || count(*) filter (where state in ('ACCEPTED','APPROVED','DENIED','SUBMITTED'))
                       || ' open), ' || (select count(*) from unit) || ' units, '
                       || (select count(*) from published_entry where kind = 'ITEM') || ' items, '
                       || (select count(*) from supervision_signal) || ' yellow cards already issued, table '
                       || pg_size_pretty(pg_total_relation_size('application')) || ' with indexes'
                from application""");
    }

    private static String query(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        return Long.parseLong(query(db, sql));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
    }

    /** Calls the JSON API over HTTP on the local port, the way a browser or client would. */
    static final class Api {

        private final HttpClient http = HttpClient.newHttpClient();
        private final int port;

        Api(int port) {
            this.port = port;
        }

        String token(String username) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"Demo#2026\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher matcher = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (!matcher.find()) {
                throw new IllegalStateException("no token: " + response.body());
            }
            return matcher.group(1);
        }

        String get(String token, String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        String time(String token, int runs, java.util.function.Supplier<String> paths) throws Exception {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                String path = paths.get();
                long started = System.nanoTime();
                get(token, path);
                millis.add((System.nanoTime() - started) / 1e6);
            }
            Collections.sort(millis);
            return "%d calls, p50 %.1f ms, p95 %.1f ms, max %.1f ms".formatted(runs, percentile(millis, 50), percentile(millis, 95),
                    millis.getLast());
        }

        private static double percentile(List<Double> sorted, int p) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
