package org.opencounty.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * The page cache as an anonymous visitor meets it: bounded in bytes, not pushed out by pages asked for once, a gzip
 * variant made once, conditional requests, and the headers of the first rendering sent again with every hit.
 */
@Tag("fast")
class PortalPageCacheTest {

    private int renderings;
    private int pipelineRuns;

    @Test
    void aStreamOfDistinctQueryStringsDoesNotPushOutTheHotPages() throws Exception {
        // Room for about 20 pages of 4 KB (and their small gzip variants).
        PortalPageCache cache = cache(100_000);
        for (int round = 0; round < 5; round++) {
            for (int hot = 1; hot <= 10; hot++) {
                get(cache, "/articles/" + hot, 4_000);
            }
        }
        assertThat(get(cache, "/articles/1", 4_000)).isEqualTo("HIT");

        // A crawler (or an attack) asking for 2,000 pages once each, between the visitors' requests.
        for (int i = 0; i < 2_000; i++) {
            int once = i;
            get(cache, "/articles/1", 4_000, request -> request.setQueryString("utm=" + once), null);
            get(cache, "/columns/news", 4_000, request -> request.setQueryString("page=" + once), null);
            if (i % 20 == 0) {
                for (int hot = 1; hot <= 10; hot++) {
                    get(cache, "/articles/" + hot, 4_000);
                }
            }
        }

        int before = renderings;
        for (int hot = 1; hot <= 10; hot++) {
            assertThat(get(cache, "/articles/" + hot, 4_000)).as("hot page %d", hot).isEqualTo("HIT");
        }
        assertThat(renderings).isEqualTo(before);
    }

    @Test
    void theCacheStaysWithinItsBytes() throws Exception {
        PortalPageCache cache = cache(10_000);
        for (int i = 0; i < 50; i++) {
            get(cache, "/articles/" + i, 1_000);
        }
        // Each page weighs its bytes, its gzip variant and its key: at most ten of 1,000 bytes fit in 10,000.
        assertThat(cache.size()).isBetween(1, 9);

        cache.clear();
        assertThat(cache.size()).isZero();
        assertThat(get(cache, "/articles/1", 1_000)).isEqualTo("MISS");
        assertThat(get(cache, "/articles/1", 1_000)).as("room again after clearing").isEqualTo("HIT");
    }

    @Test
    void aPageRenderedBeforeAClearIsNotServedAfterIt() throws Exception {
        PortalPageCache cache = cache(1_000_000);
        // The publication commits while the page is being rendered.
        get(cache, "/articles/1", 1_000, request -> { }, cache::clear);

        assertThat(get(cache, "/articles/1", 1_000)).isEqualTo("MISS");
        assertThat(get(cache, "/articles/1", 1_000)).isEqualTo("HIT");
    }

    @Test
    void gzipIsMadeOnceAndServedToWhoeverAcceptsIt() throws Exception {
        PortalPageCache cache = cache(1_000_000);
        MockHttpServletResponse first = exchange(cache, gzipRequest("/articles/1"), 10_000, null);
        assertThat(first.getHeader("X-Page-Cache")).isEqualTo("MISS");
        assertThat(first.getHeader("Content-Encoding")).isEqualTo("gzip");

        MockHttpServletResponse hit = exchange(cache, gzipRequest("/articles/1"), 10_000, null);
        assertThat(hit.getHeader("X-Page-Cache")).isEqualTo("HIT");
        assertThat(hit.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(hit.getHeader("Vary")).contains("Accept-Encoding");
        assertThat(hit.getContentLength()).isEqualTo(hit.getContentAsByteArray().length).isLessThan(10_000);
        assertThat(gunzip(hit.getContentAsByteArray())).isEqualTo(page(10_000));
        assertThat(renderings).isEqualTo(1);

        MockHttpServletResponse identity = exchange(cache, new MockHttpServletRequest("GET", "/articles/1"), 10_000, null);
        assertThat(identity.getHeader("Content-Encoding")).isNull();
        assertThat(identity.getContentAsString()).isEqualTo(page(10_000));
        assertThat(identity.getHeader("ETag")).as("each variant its own tag").isNotEqualTo(hit.getHeader("ETag"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                          | false
            gzip                       | true
            'gzip, deflate, br'        | true
            'br, GZIP;q=0.5'           | true
            'gzip;q=0'                 | false
            'gzip; q=0.0, identity'    | false
            '*'                        | true
            'deflate, br'              | false
            """)
    void acceptEncodingIsRead(String header, boolean gzip) {
        assertThat(PortalPageCache.acceptsGzip(header)).isEqualTo(gzip);
    }

    @Test
    void aVisitorWhoHasThePageIsAnswered304() throws Exception {
        PortalPageCache cache = cache(1_000_000);
        MockHttpServletResponse first = exchange(cache, new MockHttpServletRequest("GET", "/columns/news"), 3_000, null);
        MockHttpServletRequest again = new MockHttpServletRequest("GET", "/columns/news");
        again.addHeader("If-None-Match", first.getHeader("ETag"));

        MockHttpServletResponse notModified = exchange(cache, again, 3_000, null);

        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(notModified.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(notModified.getHeader("Cache-Control")).isEqualTo("public, max-age=60, stale-while-revalidate=300");
        assertThat(first.getHeader("Last-Modified")).as("the platform's clock, not the machine's")
                .isEqualTo("Tue, 14 Jul 2026 02:00:00 GMT");

        MockHttpServletRequest changed = new MockHttpServletRequest("GET", "/columns/news");
        changed.addHeader("If-None-Match", "\"0123\"");
        assertThat(exchange(cache, changed, 3_000, null).getStatus()).isEqualTo(200);
    }

    @Test
    void aHitCarriesTheHeadersOfTheFirstRenderingWithoutThePipeline() throws Exception {
        PortalPageCache cache = cache(1_000_000);
        exchange(cache, new MockHttpServletRequest("GET", "/"), 2_000, null);
        int before = pipelineRuns;

        MockHttpServletResponse hit = exchange(cache, new MockHttpServletRequest("GET", "/"), 2_000, null);

        assertThat(pipelineRuns).as("no filter behind the cache ran").isEqualTo(before);
        assertThat(hit.getHeader("X-Page-Cache")).isEqualTo("HIT");
        assertThat(hit.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
        assertThat(hit.getHeader("Vary")).isEqualTo("Accept-Encoding, Cookie");
    }

    @Test
    void aRenderingThatStartedASessionIsNotKept() throws Exception {
        PortalPageCache cache = cache(1_000_000);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles/1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, new MockFilterChain(servlet(1_000, () -> { }), cache.renderer(),
                (Filter) (req, res, chain) -> {
                    ((HttpServletResponse) res).addHeader("Set-Cookie", "JSESSIONID=abc");
                    chain.doFilter(req, res);
                }));

        assertThat(get(cache, "/articles/1", 1_000)).isEqualTo("MISS");
    }

    /**
     * Each search a page of its own, in the key as in the query string, kept from its second asking; none kept where the
     * settings say so.
     */
    @Test
    void searchPagesAreKeptByTheirWordsUnlessTurnedOff() throws Exception {
        PortalPageCache cache = cache(100_000);
        // Asked once: rendered as a page not kept (no copy, no gzip); asked again: kept; then answered from memory.
        assertThat(get(cache, "/search", 1_000, request -> request.setQueryString("q=%E4%BE%9B%E6%9A%96"), null)).isNull();
        assertThat(get(cache, "/search", 1_000, request -> request.setQueryString("q=%E4%BE%9B%E6%9A%96"), null)).isEqualTo("MISS");
        assertThat(get(cache, "/search", 1_000, request -> request.setQueryString("q=%E4%BE%9B%E6%9A%96"), null)).isEqualTo("HIT");
        assertThat(get(cache, "/search", 1_000, request -> request.addParameter("q", "供暖"), null)).isEqualTo("HIT");
        assertThat(get(cache, "/search", 1_000, request -> request.addParameter("q", "供热"), null)).isNull();
        assertThat(get(cache, "/search", 1_000, request -> request.addParameter("q", "供热"), null)).isEqualTo("MISS");
        assertThat(cache.size()).isEqualTo(2);

        PortalPageCache notSearch = new PortalPageCache(new PageCacheSettings(DataSize.ofBytes(100_000), null, null, null, false),
                Clock.fixed(Instant.parse("2026-07-14T02:00:00Z"), ZoneOffset.UTC), Runnable::run);
        get(notSearch, "/search", 1_000, request -> request.setQueryString("q=x"), null);
        assertThat(get(notSearch, "/search", 1_000, request -> request.setQueryString("q=x"), null)).isNull();
        assertThat(get(notSearch, "/", 1_000)).isEqualTo("MISS");
    }

    private PortalPageCache cache(long bytes) {
        return new PortalPageCache(new PageCacheSettings(DataSize.ofBytes(bytes), null, null, null, null),
                Clock.fixed(Instant.parse("2026-07-14T02:00:00Z"), ZoneOffset.UTC), Runnable::run);
    }

    private String get(PortalPageCache cache, String path, int size) throws Exception {
        return get(cache, path, size, request -> { }, null);
    }

    /** An anonymous visitor's request; returns whether it came from the cache. */
    private String get(PortalPageCache cache, String path, int size, Consumer<MockHttpServletRequest> adjust, Runnable whileRendering)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        adjust.accept(request);
        MockHttpServletResponse response = exchange(cache, request, size, whileRendering);
        assertThat(response.getContentAsString()).hasSize(size);
        return response.getHeader("X-Page-Cache");
    }

    /**
     * Through both filters as registered: the cache first, a stand-in for the security chain that writes its headers
     * when the response is committed, the renderer, the page.
     */
    private MockHttpServletResponse exchange(PortalPageCache cache, MockHttpServletRequest request, int size, Runnable whileRendering)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Filter pipeline = (req, res, chain) -> {
            pipelineRuns++;
            chain.doFilter(req, res);
            ((HttpServletResponse) res).setHeader("Content-Security-Policy", "default-src 'self'");
        };
        cache.doFilter(request, response, new MockFilterChain(servlet(size, whileRendering), pipeline, cache.renderer()));
        return response;
    }

    private HttpServlet servlet(int size, Runnable whileRendering) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                renderings++;
                if (whileRendering != null) {
                    whileRendering.run();
                }
                resp.setContentType("text/html;charset=UTF-8");
                resp.getOutputStream().write(page(size).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static MockHttpServletRequest gzipRequest(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept-Encoding", "gzip, deflate, br");
        return request;
    }

    /** Compressible, as a page is. */
    private static String page(int size) {
        return "<p>巴里坤</p>".repeat(size).substring(0, size);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
