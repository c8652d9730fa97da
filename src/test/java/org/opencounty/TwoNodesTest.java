package org.opencounty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.files.FileStore;
import org.opencounty.sites.Site;
import org.opencounty.sites.SiteIdentification;
import org.opencounty.sites.Sites;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two platform nodes on one database, as behind a round-robin balancer (docs/deploy.md, "Two or more nodes"), each
 * with the settings for several nodes: a session signed in on A goes on on B and ends on B when the account's security
 * stamp changes; an article withdrawn on A leaves B's cached page within 2 s (PostgreSQL NOTIFY); a file stored on A
 * in the shared folder is read on B. Search across nodes needs OpenSearch (bench/cluster/run.sh).
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private JdbcClient jdbc;

    @BeforeAll
    void twoNodes() throws Exception {
        String url = TestDatabase.freshDatabase("two_nodes");
        Path files = TestDatabase.scratchDirectory("shared-files");
        // One after the other: the first loads the demo data, the second finds it there.
        a = node(url, files, "a");
        b = node(url, files, "b");
        jdbc = a.getBean(JdbcClient.class);
    }

    private static ConfigurableApplicationContext node(String url, Path files, String name) {
        return new SpringApplication(OpenCountyApplication.class, TestClockConfiguration.class).run(
                // A start-up on a loaded machine sends a burst of background listeners at the pool: they wait, not fail.
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0", "--spring.datasource.hikari.connection-timeout=30000",
                "--opencounty.sessions.store=jdbc", "--opencounty.cluster.page-cache-notify=true", "--opencounty.supervision.cron=-",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "--opencounty.search.check-in-background=false",
                "--opencounty.storage.dir=" + files, "--opencounty.audit.checkpoint-dir=" + TestDatabase.scratchDirectory("audit-" + name),
                "--logging.level.root=WARN");
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + node.getEnvironment().getRequiredProperty("local.server.port") + path);
    }

    private static HttpResponse<String> get(HttpClient browser, ConfigurableApplicationContext node, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(node, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private static void signIn(HttpClient browser, ConfigurableApplicationContext node, String username) throws Exception {
        Matcher token = CSRF.matcher(get(browser, node, "/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(IntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri(node, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void aSessionStartedOnOneNodeGoesOnOnTheOtherAndEndsOnBothWithTheAccount() throws Exception {
        HttpClient browser = browser();
        assertThat(get(browser, b, "/admin").statusCode()).as("not signed in").isEqualTo(302);
        signIn(browser, a, "officer1");
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {b, a, b}) {
            HttpResponse<String> page = get(browser, node, "/admin");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("古丽娜尔·木拉提");
        }
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'officer1'").query(Long.class).single()).isEqualTo(1);

        // An administrator's change on any node raises the stamp in the database: the session ends on both.
        jdbc.sql("update account set security_stamp = security_stamp + 1 where username = 'officer1'").update();
        assertThat(get(browser, b, "/admin").statusCode()).isEqualTo(302);
        assertThat(get(browser, a, "/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void anArticleWithdrawnOnOneNodeLeavesTheOthersCachedPageWithinTwoSeconds() throws Exception {
        long article = jdbc.sql("select min(article_id) from published_article").query(Long.class).single();
        HttpClient visitor = browser();
        for (int i = 0; i < 2; i++) {
            assertThat(get(visitor, b, "/articles/" + article).statusCode()).isEqualTo(200);
        }
        HttpClient editor = browser();
        signIn(editor, a, "center");
        Matcher token = CSRF.matcher(get(editor, a, "/admin").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> withdrawn = editor.send(HttpRequest.newBuilder(uri(a, "/admin/articles/" + article + "/withdraw"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=" + URLEncoder.encode("两个节点的测试", StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from published_article where article_id = ?").param(article).query(Long.class).single()).isZero();
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> get(visitor, b, "/articles/" + article).statusCode() == 404);
    }

    /** Each node keeps the site of a host name in memory (`Sites`): the notification makes the other node forget it too. */
    @Test
    void aSiteRenamedOnOneNodeShowsItsNewNameOnTheOthersPagesWithinTwoSeconds() throws Exception {
        HttpClient visitor = browser();
        Site site = b.getBean(Sites.class).forHost("localhost");
        String renamed = site.name() + "（两个节点）";
        assertThat(get(visitor, b, "/").body()).contains(site.name()).doesNotContain(renamed);
        var admin = new Actor(0, "admin", "管理员", Set.of(Role.CENTER_ADMIN),
                null, null, null, site.id());
        a.getBean(Sites.class).identify(admin, site.id(), new SiteIdentification(renamed,
                site.domain(), site.siteIdCode(), site.icpNumber(), site.psbNumber(), site.organiser(), site.organiserContact()));
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> get(visitor, b, "/").body().contains(renamed));
    }

    @Test
    void aFileStoredOnOneNodeIsReadOnTheOther() {
        byte[] content = "两个节点共用的附件".getBytes(StandardCharsets.UTF_8);
        String key = new TransactionTemplate(a.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .execute(status -> a.getBean(FileStore.class).put(content));
        assertThat(b.getBean(FileStore.class).get(key)).isEqualTo(content);
    }
}
