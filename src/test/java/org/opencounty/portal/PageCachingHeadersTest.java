package org.opencounty.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;

/**
 * What a browser, a reverse proxy or a CDN is told about the portal's pages (docs/deploy.md): an anonymous visitor's
 * public page may be kept by a shared cache for the configured time and varies with the encoding and the cookies; a
 * signed-in person's is never stored; the gzip variant comes from the cache as Tomcat would not send it twice compressed.
 */
class PageCachingHeadersTest extends IntegrationTest {

    @Value("${local.server.port}")
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void anAnonymousVisitorsPublicPageMayBeKeptBySharedCaches() throws Exception {
        mvc.perform(get("/columns/notices"));
        mvc.perform(get("/columns/notices")).andExpect(status().isOk())
                .andExpect(header().string("X-Page-Cache", "HIT"))
                .andExpect(header().string("Cache-Control", "public, max-age=60, stale-while-revalidate=300"))
                .andExpect(header().string("Vary", "Accept-Encoding, Cookie"))
                // The security chain's headers of the first rendering come with every hit served before that chain.
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void aSignedInPersonsPageIsNeverStored() throws Exception {
        mvc.perform(get("/columns/notices"));
        MockHttpSession session = sessionOf("officer1");

        mvc.perform(get("/columns/notices").session(session)).andExpect(status().isOk())
                .andExpect(header().doesNotExist("X-Page-Cache"))
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("Cookie")));
    }

    @Test
    void pagesThatAreNotPublicAreNotMadeShareable() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(header().doesNotExist("X-Page-Cache"));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("X-Page-Cache"));
    }

    /** The same words asked again (an exam's results are out) are answered from memory until the next publication. */
    @Test
    void aSearchAskedAgainIsAnsweredFromTheCacheUntilAPublication() throws Exception {
        // Asked once it is not kept (every visitor's own words would cost a copy and a gzip each); asked again it is.
        mvc.perform(get("/search").param("q", "供暖 缓存")).andExpect(header().doesNotExist("X-Page-Cache"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        mvc.perform(get("/search").param("q", "供暖 缓存")).andExpect(header().string("X-Page-Cache", "MISS"));
        mvc.perform(get("/search").param("q", "供暖 缓存")).andExpect(status().isOk())
                .andExpect(header().string("X-Page-Cache", "HIT"))
                .andExpect(header().string("Cache-Control", "public, max-age=60, stale-while-revalidate=300"));
        mvc.perform(get("/search").param("q", "供暖 缓存").session(sessionOf("officer1")))
                .andExpect(header().doesNotExist("X-Page-Cache")).andExpect(header().string("Cache-Control", "private, no-store"));

        // The center's synonyms change what the same words find: the kept pages go.
        MockHttpSession admin = sessionOf("admin");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/synonyms").session(admin)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("words", "缓存 暂存")).andExpect(status().is3xxRedirection());
        try {
            mvc.perform(get("/search").param("q", "供暖 缓存")).andExpect(header().string("X-Page-Cache", "MISS"));
            mvc.perform(get("/search").param("q", "供暖 缓存")).andExpect(header().string("X-Page-Cache", "HIT"));
        } finally {
            long id = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select id from search_synonym where words = '缓存 暂存'").query(Long.class).single();
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/synonyms/" + id + "/delete")
                    .session(admin).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        }
        mvc.perform(get("/search").param("q", "供暖 缓存")).andExpect(header().string("X-Page-Cache", "MISS"));
    }

    @Test
    void overHttpAHitIsGzippedOnceAndAnsweredNotModifiedWhenUnchanged() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://localhost:" + port + "/columns/news");
        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());

        HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(page).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(gzipped.headers().firstValue("X-Page-Cache")).hasValue("HIT");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Vary")).hasValue("Accept-Encoding, Cookie");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body()).contains("</html>");
        }
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();

        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(page).header("Accept-Encoding", "gzip")
                .header("If-None-Match", gzipped.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=60, stale-while-revalidate=300");
    }

    /**
     * Tomcat counts the requests that reach the dispatcher servlet's wrapper, where the filter chain is built: a hit
     * answered by the engine valve never gets there, a miss does.
     */
    @Test
    void overHttpAHitIsAnsweredBeforeTheServletPipeline() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://localhost:" + port + "/columns/news?valve");
        HttpResponse<String> miss = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(miss.headers().firstValue("X-Page-Cache")).hasValue("MISS");
        long before = dispatcherRequests();

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> hit = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(hit.headers().firstValue("X-Page-Cache")).hasValue("HIT");
            assertThat(hit.body()).isEqualTo(miss.body());
            assertThat(hit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(dispatcherRequests()).isEqualTo(before);

        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/columns/news?valve-miss")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(dispatcherRequests()).isEqualTo(before + 1);
    }

    /** Tomcat's default closes a kept-alive connection after 100 requests; a proxy in front would reconnect that often. */
    @Test
    void aConnectionIsKeptAliveForAsManyRequestsAsNginxKeeps() {
        assertThat(tomcat().getConnector().getProperty("maxKeepAliveRequests")).isEqualTo(1000);
    }

    /** Tomcat's 8 KB write buffer split a 10–12 KB page (the home page, an article) into two writes to the connection. */
    @Test
    void aPageWithItsHeadersGoesToTheConnectionInOneWrite() {
        assertThat(tomcat().getConnector().getProperty("socket.appWriteBufSize")).isEqualTo("16384");
    }

    private org.apache.catalina.startup.Tomcat tomcat() {
        return ((org.springframework.boot.tomcat.TomcatWebServer) ((org.springframework.boot.web.server.context.WebServerApplicationContext) context)
                .getWebServer()).getTomcat();
    }

    private long dispatcherRequests() {
        long count = 0;
        for (var host : tomcat().getEngine().findChildren()) {
            for (var webapp : host.findChildren()) {
                for (var wrapper : webapp.findChildren()) {
                    count += ((org.apache.catalina.core.StandardWrapper) wrapper).getRequestCount();
                }
            }
        }
        return count;
    }

    @Test
    void overHttpASignedInPersonIsNeverAnsweredFromTheCache() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        URI page = URI.create(base + "/columns/news");
        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("X-Page-Cache")).hasValue("HIT");

        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"(_csrf)\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=officer1&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&" + csrf.group(1) + "="
                + URLEncoder.encode(csrf.group(2), StandardCharsets.UTF_8);
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> own = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(own.headers().firstValue("X-Page-Cache")).isEmpty();
        assertThat(own.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(own.body()).contains("后台管理");
    }

    @Test
    void overHttpAnUnknownSessionCookieIsAnAnonymousVisitors() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://localhost:" + port + "/columns/news");
        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());

        // Not answered before the security chain (it might be a signed-in person's), but from the cache after it.
        HttpResponse<String> unknownSession = http.send(HttpRequest.newBuilder(page).header("Cookie", "JSESSIONID=0123456789ABCDEF").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unknownSession.statusCode()).isEqualTo(200);
        assertThat(unknownSession.headers().firstValue("X-Page-Cache")).hasValue("HIT");
        assertThat(unknownSession.body()).doesNotContain("后台管理");
    }
}
