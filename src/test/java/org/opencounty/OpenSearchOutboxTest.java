package org.opencounty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform on OpenSearch (started by bench/cluster/opensearch.sh, as the cluster benchmark does) with the outbox:
 * search finds the demo's articles through the cjk analyzer; when OpenSearch stops, search answers "暂不可用" (503)
 * while pages and publication go on; when it is back, what was published meanwhile is found. Skipped, with the
 * script's reason, where OpenSearch cannot start (not root, no OpenJDK 17, offline without the download).
 */
@Tag("integration")
@Tag("opensearch")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchOutboxTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    /** bench/cluster/opensearch.sh's port, which that script also takes from OS_PORT. */
    private static final String OPENSEARCH = "127.0.0.1:" + System.getenv().getOrDefault("OS_PORT", "18220");

    private final HttpClient http = HttpClient.newHttpClient();
    /** Why OpenSearch cannot be used here, or null. */
    private String unavailable;
    private ConfigurableApplicationContext platform;

    @BeforeAll
    void platformOnOpenSearch() throws Exception {
        openSearch("stop"); // what an interrupted run of this test left running
        if (answers()) {
            // The test stops and starts OpenSearch itself: one it did not start (another worktree's, the cluster
            // benchmark's) would go on answering while "stopped".
            unavailable = "An OpenSearch this test did not start answers on " + OPENSEARCH + "; run the test with OS_PORT and OS_TRANSPORT set to free ports";
        } else if (openSearch("start") != 0) {
            unavailable = reason("start");
        }
        if (unavailable != null) {
            // A skip in @BeforeAll would leave no trace in Maven's report: the test method is skipped with the reason.
            System.err.println("OpenSearchOutboxTest skipped: " + unavailable);
            return;
        }
        platform = new SpringApplication(OpenCountyApplication.class, TestClockConfiguration.class).run(
                "--spring.datasource.url=" + TestDatabase.freshDatabase("opensearch_outbox"), "--spring.datasource.username=postgres",
                "--server.port=0", "--spring.datasource.hikari.connection-timeout=30000", "--opencounty.supervision.cron=-", "--logging.level.root=WARN", "--opencounty.search.check-in-background=false",
                "--opencounty.storage.dir=" + TestDatabase.scratchDirectory("opensearch-files"),
                "--opencounty.audit.checkpoint-dir=" + TestDatabase.scratchDirectory("opensearch-audit"),
                "--spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
                "--spring.jpa.properties.hibernate.search.backend.hosts=" + OPENSEARCH,
                "--spring.jpa.properties.hibernate.search.backend.analysis.configurer=class:org.opencounty.search.internal.ChineseOpenSearchAnalysis",
                "--spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling",
                "--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=",
                // Indexes of this run only, whatever an earlier run or the cluster benchmark left in OpenSearch.
                "--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create-and-drop");
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
        openSearch("stop");
    }

    private String lastOutput = "";

    /**
     * Runs bench/cluster/opensearch.sh and answers its exit code. Where OpenSearch cannot start here at all (not root,
     * no OpenJDK 17, offline without the download) the test is skipped with the script's reason; once it has started,
     * a failure to stop or start it again is the test's failure.
     */
    private int openSearch(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bench/cluster/opensearch.sh", command).redirectErrorStream(true).start();
        lastOutput = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.waitFor();
    }

    private boolean answers() throws InterruptedException {
        try {
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://" + OPENSEARCH + "/")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String reason(String command) {
        return lastOutput.isEmpty() ? "bench/cluster/opensearch.sh " + command + " failed" : lastOutput;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + platform.getEnvironment().getRequiredProperty("local.server.port") + path);
    }

    private String post(String token, String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 201);
        return response.body();
    }

    private String token(String username) throws Exception {
        String body = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + IntegrationTest.DEMO_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static String q(String words) {
        return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void searchSaysUnavailableWhileOpenSearchIsDownAndTheOutboxCatchesUp() throws Exception {
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
        // The demo's articles reach OpenSearch through the outbox after the start: wait for them, bounded.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> get(q("采暖 供热")).body().contains("<mark>供热</mark>"));
        HttpResponse<String> found = get(q("采暖 供热"));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("<mark>供热</mark>").doesNotContain("找到 0 条结果");

        assertThat(openSearch("stop")).as(lastOutput).isZero();
        HttpResponse<String> down = get(q("供热"));
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("<h1>暂不可用</h1>", "站内搜索暂不可用").doesNotContain("系统暂时出现故障");
        for (String page : new String[] {"/", "/disclosure", "/columns/notices", "/services", "/units"}) {
            assertThat(get(page).statusCode()).as(page + " while OpenSearch is down").isEqualTo(200);
        }

        String officer = token("officer1");
        Matcher created = ID.matcher(post(officer, "/api/v1/articles",
                "{\"category\":\"notices\",\"title\":\"关于胡杨林保护区停机补录的通知\",\"body\":\"<p>胡杨林保护区开放时间调整。</p>\"}"));
        assertThat(created.find()).isTrue();
        String id = created.group(1);
        post(officer, "/api/v1/articles/" + id + "/submit", "{}");
        post(token("leader1"), "/api/v1/articles/" + id + "/approve", "{}");
        post(token("center"), "/api/v1/articles/" + id + "/approve", "{}");
        assertThat(get("/articles/" + id).statusCode()).as("published while OpenSearch is down").isEqualTo(200);
        JdbcClient jdbc = platform.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from hsearch_outbox_event").query(Long.class).single()).as("waiting in the outbox").isPositive();

        assertThat(openSearch("start")).as(lastOutput).isZero();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get(q("胡杨林")).body().contains("/articles/" + id + "\""));
    }
}
