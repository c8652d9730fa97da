package org.opencounty.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The interaction benchmark (bench/interaction/run.sh; not part of the test suite): the platform on a scratch database
 * with the demo data and bench/interaction/generate.sql, then the staff lists of messages and disclosure requests
 * through the API (the center's whole site and a unit's, first and later pages) and the annual report's table 三.
 */
public final class InteractionBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-interaction")).toAbsolutePath();
        Path script = Path.of(System.getProperty("bench.script", "bench/interaction/generate.sql"));
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
            context = BenchPlatform.start(url, root, "org.opencounty.interaction=INFO");
            say("platform started in %.1f s".formatted(seconds(started)));
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement statement = db.createStatement()) {
                started = System.nanoTime();
                statement.execute(Files.readString(script).replace("{{TODAY}}", today.toString()));
                say("generated 100,000 messages, 20,000 requests and their ratings in %.1f s".formatted(seconds(started)));
            }
            SupervisionBench.Api api = new SupervisionBench.Api(port);
            String center = api.token("center");
            String handler = api.token("handler1");
            Random random = new Random(13);
            for (int i = 0; i < 20; i++) {
                api.get(center, "/api/v1/messages?state=OPEN_ALL");
                api.get(handler, "/api/v1/messages");
            }
            List<String> states = List.of("OPEN_ALL", "OPEN", "PENDING_LEADER", "ANSWERED", "");
            say("messages, center (whole site), random state and page 1–50: " + api.time(center, 200,
                    () -> "/api/v1/messages?state=" + states.get(random.nextInt(states.size())) + "&page=" + (1 + random.nextInt(50))));
            say("messages, unit handler, random state: " + api.time(handler, 200,
                    () -> "/api/v1/messages?state=" + states.get(random.nextInt(states.size()))));
            say("disclosure requests, center, open and all: " + api.time(center, 200,
                    () -> "/api/v1/disclosure-requests" + (random.nextBoolean() ? "?state=OPEN_ALL" : "?page=" + (1 + random.nextInt(50)))));
            say("disclosure requests, unit handler: " + api.time(handler, 200, () -> "/api/v1/disclosure-requests"));
            say("public listing, random page: " + api.time(center, 200, () -> "/api/v1/messages/public?page=" + (1 + random.nextInt(100))));
            List<String> ratingStates = List.of("OPEN", "OVERDUE", "APPEAL_PENDING", "");
            say("ratings, center (whole site), random state and page 1–20: " + api.time(center, 200,
                    () -> "/api/v1/ratings?state=" + ratingStates.get(random.nextInt(ratingStates.size())) + "&page=" + (1 + random.nextInt(20))));
            say("ratings, unit handler, open follow-ups: " + api.time(handler, 200, () -> "/api/v1/ratings?state=OPEN"));
            say("rating counts, center, a year: " + api.time(center, 50, () -> "/api/v1/ratings/counts?period=" + (today.getYear() - random.nextInt(2))));
            say("published rating figures, a month: " + api.time(center, 50,
                    () -> "/api/v1/ratings/figures?month=" + java.time.YearMonth.from(today).minusMonths(random.nextInt(12))));
            say("annual report table 三, a unit, this year and last: " + api.time(center, 20,
                    () -> "/api/v1/annual-reports/" + (today.getYear() - random.nextInt(2)) + "/units/market/requests"));
            say("load average after: " + Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            if (context != null) {
                context.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
    }
}
