package org.opencounty.portal.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages to anonymous visitors from memory, so that a published page costs about what a web server's
 * static file does, with ETag and Last-Modified for conditional requests and a gzip variant made once. Publication,
 * withdrawal and changes of units, the site or the catalogue clear it ({@link #clear()}). A page rendered while a change
 * was being committed is not served: clearing starts a new generation, and a page counts only in the generation it
 * began rendering in.
 *
 * <p>Everything goes on any change, not only the pages that show what changed: an article appears on the home
 * page, in its column, its unit's catalogue, the feeds and the sitemap, and a unit or the site in every page's
 * header, footer or directory. Knowing which cached page shows what would have to follow every template as it
 * changes, to save renderings of a few milliseconds a few times a day.
 *
 * <p>A valve and two filters share the pages. A request that carries no session cookie and no credentials is an
 * anonymous visitor's, and a page kept for it is answered by {@link PortalHitValve} in Tomcat's engine pipeline, before
 * the servlet pipeline, the security chain and the session lookup run (they would only conclude "anonymous" again).
 * This filter runs first of all filters: it answers the same hits where there is no such valve (MockMvc). The headers that pipeline
 * wrote on the page's first rendering (the content security policy and the other security headers) are kept with the
 * page and sent again. {@link #renderer()} runs after the security chain: it serves anonymous visitors who do carry a
 * session, and renders what is missing; this filter keeps the rendering once the whole pipeline has answered.
 *
 * <p>The cache is bounded by weight (the pages' bytes and their gzip variants, {@link PageCacheSettings#maxSize()}) and
 * evicts by Caffeine's W-TinyLFU: a page enters only if it is asked for more often than the one it would push out,
 * so a stream of pages asked for once (any query string makes a page of its own) cannot push out the pages visitors
 * keep asking for, as a least-recently-used list would.
 */
public class PortalPageCache extends OncePerRequestFilter {

    /**
     * A page as the whole pipeline answered it, with everything an answer sends prepared: the headers of each encoding,
     * already in bytes (made once per page rather than encoded on every hit).
     */
    private record Page(byte[] body, byte[] gzipped, String contentType, String etag, String gzipEtag, long lastModified,
                        String lastModifiedText, List<Header> headers, List<Header> gzipHeaders, long generation) {

        int weight(String key) {
            return 256 + key.length() * 2 + body.length + (gzipped == null ? 0 : gzipped.length);
        }

        /** The page as kept: a hit sends the first rendering's headers again. */
        Page kept(List<String[]> replayedHeaders, String cacheControl) {
            return new Page(body, gzipped, contentType, etag, gzipEtag, lastModified, lastModifiedText,
                    prepared(replayedHeaders, etag, lastModifiedText, cacheControl, "HIT"),
                    prepared(replayedHeaders, gzipEtag, lastModifiedText, cacheControl, "HIT"), generation);
        }
    }

    /** A response header with the bytes Tomcat sends for it, or none where its value is not plain Latin-1 text. */
    record Header(String name, String value, byte[] nameBytes, byte[] valueBytes) {

        static Header of(String name, String value) {
            boolean plain = value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff));
            return new Header(name, value, name.getBytes(StandardCharsets.ISO_8859_1),
                    plain ? value.getBytes(StandardCharsets.ISO_8859_1) : null);
        }
    }

    /** Where an answer's headers go: the servlet response, or Tomcat's header list as prepared bytes ({@link PortalHitValve}). */
    interface HeaderWriter {
        void write(Header header);
    }

    /** The page {@link #renderer()} made for this request, kept by this filter once the pipeline has answered. */
    private record Rendered(String key, Page page) {
    }

    private static final String RENDERED = PortalPageCache.class.getName() + ".rendered";
    /** The 好差评 figures of a month (interaction's page): one page per month, so that a kept page never outlives its month. */
    private static final java.util.regex.Pattern RATING_FIGURES = java.util.regex.Pattern.compile("/ratings/\\d{4}-\\d{2}");
    private static final int MAX_BODY = 512 * 1024;
    private static final String VARY = "Accept-Encoding, Cookie";
    private static final Header GZIP_ENCODING = Header.of(HttpHeaders.CONTENT_ENCODING, "gzip");
    /** Signed-in people's pages: never stored by a browser's disk cache, a proxy or a CDN. */
    static final String SIGNED_IN_CACHE_CONTROL = "private, no-store";
    /** Set by {@link #serve} or the container, so not replayed from the first rendering. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "content-encoding", "transfer-encoding",
            "date", "etag", "last-modified", "cache-control", "expires", "pragma", "vary", "set-cookie", "x-page-cache", "connection",
            "keep-alive");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);
    /** The container's session cookie and Spring Session's: a request with either may be a signed-in person's. */
    private static final Set<String> SESSION_COOKIES = Set.of("JSESSIONID", "SESSION");

    private final Cache<String, Page> pages;
    private final AtomicLong generation = new AtomicLong();
    private final String cacheControl;
    private final Clock clock;
    private final boolean searchPages;
    /**
     * The search pages asked once (their keys only): a search page is kept the second time its words are asked. Kept on
     * the first asking, every visitor's own words cost a copy, a gzip, a hash and a page pushed through the cache: the
     * search bench's run that did so took a third more CPU a search (docs/adr/0029-search-speed.md, 19).
     */
    private final Cache<String, Boolean> searchesAskedOnce = Caffeine.newBuilder().maximumSize(20_000).build();

    public PortalPageCache(PageCacheSettings settings, Clock clock) {
        this(settings, clock, ForkJoinPool.commonPool());
    }

    /** The executor runs Caffeine's maintenance (eviction); tests pass the calling thread's. */
    PortalPageCache(PageCacheSettings settings, Clock clock, Executor maintenance) {
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().toBytes())
                .weigher((String key, Page page) -> page.weight(key))
                .executor(maintenance)
                .build();
        this.cacheControl = settings.cacheControl();
        this.searchPages = settings.searchPages();
    }

    /**
     * Forgets every page: the purge hook. Called after anything the portal shows has changed (on this node by the
     * listeners of {@link PortalCacheConfiguration}); a page still being rendered from before is not served.
     */
    public void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    public int size() {
        pages.cleanUp();
        return (int) pages.estimatedSize();
    }

    /** The filter that runs after the security chain: signed-in people's pages, anonymous visitors' with a session, misses. */
    public OncePerRequestFilter renderer() {
        return new Renderer();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cachedPath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (withoutSessionOrCredentials(request) && serveHit(request, response)) {
            return;
        }
        chain.doFilter(request, response);
        if (request.getAttribute(RENDERED) instanceof Rendered rendered && response.getHeader(HttpHeaders.SET_COOKIE) == null) {
            keep(rendered.key(), rendered.page().kept(replayed(response), cacheControl));
        }
    }

    /**
     * Answers the request from memory if it is an anonymous visitor's (no session cookie, no credentials) and the page is
     * kept: {@link PortalHitValve} asks first of all, before the servlet pipeline exists for the request.
     */
    boolean answeredHit(HttpServletRequest request, HttpServletResponse response, HeaderWriter headers) throws IOException {
        return cachedPath(request) && withoutSessionOrCredentials(request) && serveHit(request, response, headers);
    }

    /**
     * The public pages kept. Search pages too (PageCacheSettings#searchPages): each query string is a page of its own,
     * and the cache's admission policy keeps one-off searches from pushing out the pages asked for again.
     */
    private boolean cachedPath(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI();
        return (path.equals("/") || (searchPages && searchPage(path)) || path.startsWith("/columns/") || path.startsWith("/units") || path.startsWith("/articles/")
                || path.startsWith("/services") || path.startsWith("/scenarios/") || path.equals("/fees")
                || path.equals("/sitemap") || path.equals("/disclosure") || path.equals("/policies") || RATING_FIGURES.matcher(path).matches())
                && !path.contains("/attachments/");
    }

    private static boolean withoutSessionOrCredentials(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getSession(false) != null) {
            return false;
        }
        if (request.getHeader(HttpHeaders.COOKIE) == null) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIES.contains(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean serveHit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return serveHit(request, response, header -> response.setHeader(header.name(), header.value()));
    }

    private boolean serveHit(HttpServletRequest request, HttpServletResponse response, HeaderWriter headers) throws IOException {
        Page page = pages.getIfPresent(key(request));
        if (page == null || page.generation() != generation.get()) {
            return false;
        }
        serve(page, request, response, headers);
        return true;
    }

    /** Keeps the page unless the cache was cleared since it began rendering. */
    private void keep(String key, Page page) {
        if (page.generation() == generation.get()) {
            pages.put(key, page);
        }
    }

    private void serve(Page page, HttpServletRequest request, HttpServletResponse response, HeaderWriter headers) throws IOException {
        boolean gzip = page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        for (Header header : gzip ? page.gzipHeaders() : page.headers()) {
            headers.write(header);
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        long ifModifiedSince = ifNoneMatch == null ? request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE) : -1;
        // Either variant's tag names the same page: a client that switched encodings is told it still has it.
        if ((ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.contains(page.gzipEtag()) || ifNoneMatch.strip().equals("*")))
                || ifModifiedSince >= page.lastModified()) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = gzip ? page.gzipped() : page.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (gzip) {
            headers.write(GZIP_ENCODING);
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private Page render(byte[] body, String contentType, long renderedIn) {
        String hash = hash(body);
        long lastModified = (clock.millis() / 1000) * 1000;
        String etag = "\"" + hash + "\"";
        String gzipEtag = "\"" + hash + "-gzip\"";
        String lastModifiedText = HTTP_DATE.format(Instant.ofEpochMilli(lastModified));
        return new Page(body, gzip(body), contentType, etag, gzipEtag, lastModified, lastModifiedText,
                prepared(List.of(), etag, lastModifiedText, cacheControl, "MISS"),
                prepared(List.of(), gzipEtag, lastModifiedText, cacheControl, "MISS"), renderedIn);
    }

    /** An answer's headers: the first rendering's (security headers among them), then the cache's own. */
    private static List<Header> prepared(List<String[]> replayed, String etag, String lastModifiedText, String cacheControl, String outcome) {
        List<Header> prepared = new ArrayList<>();
        for (String[] header : replayed) {
            prepared.add(Header.of(header[0], header[1]));
        }
        prepared.add(Header.of(HttpHeaders.ETAG, etag));
        prepared.add(Header.of(HttpHeaders.LAST_MODIFIED, lastModifiedText));
        prepared.add(Header.of(HttpHeaders.CACHE_CONTROL, cacheControl));
        prepared.add(Header.of(HttpHeaders.VARY, VARY));
        prepared.add(Header.of("X-Page-Cache", outcome));
        return List.copyOf(prepared);
    }

    private static List<String[]> replayed(HttpServletResponse response) {
        List<String[]> headers = new ArrayList<>();
        for (String name : Set.copyOf(response.getHeaderNames())) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new String[] {name, String.join(", ", response.getHeaders(name))});
            }
        }
        return List.copyOf(headers);
    }

    /**
     * The host, path and query string. Parameters given without a query string (a request made in-process, as MockMvc
     * does) are spelled out, so that two searches never share a page.
     */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null && !request.getParameterMap().isEmpty()) {
            StringBuilder spelled = new StringBuilder();
            new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
                for (String value : values) {
                    spelled.append(spelled.isEmpty() ? "" : "&").append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
                            .append('=').append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            });
            query = spelled.toString();
        }
        return request.getServerName() + request.getRequestURI() + "?" + (query == null ? "" : query);
    }

    /** Whether {@code Accept-Encoding} allows gzip: listed (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.split(";");
            String name = coding[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < coding.length; i++) {
                    String parameter = coding[i].strip().toLowerCase(Locale.ROOT);
                    if (parameter.startsWith("q=")) {
                        try {
                            return Double.parseDouble(parameter.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The gzip variant, made once at the best compression; none where it would not be smaller. */
    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size() < body.length ? out.toByteArray() : null;
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean searchPage(String path) {
        return path.equals("/search");
    }

    /** A search page whose words were not asked before (then noted): rendered as any page not kept. */
    private boolean askedForTheFirstTime(HttpServletRequest request) {
        if (!searchPage(request.getRequestURI())) {
            return false;
        }
        String key = key(request);
        if (searchesAskedOnce.getIfPresent(key) != null) {
            return false;
        }
        searchesAskedOnce.put(key, Boolean.TRUE);
        return true;
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    /**
     * After the security chain: a signed-in person's page is marked private; an anonymous visitor's is served from the
     * cache or rendered, and a rendering that may be shared is handed to the outer filter to keep.
     */
    private final class Renderer extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!cachedPath(request)) {
                chain.doFilter(request, response);
                return;
            }
            if (!anonymous()) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, SIGNED_IN_CACHE_CONTROL);
                response.setHeader(HttpHeaders.VARY, VARY);
                chain.doFilter(request, response);
                return;
            }
            if (serveHit(request, response)) {
                return;
            }
            if (askedForTheFirstTime(request)) {
                chain.doFilter(request, response);
                return;
            }
            long renderedIn = generation.get();
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            byte[] body = wrapper.getContentAsByteArray();
            boolean cacheable = "GET".equals(request.getMethod()) && wrapper.getStatus() == 200 && body.length <= MAX_BODY
                    && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null && request.getSession(false) == null;
            if (!cacheable) {
                wrapper.copyBodyToResponse();
                return;
            }
            Page fresh = render(body, wrapper.getContentType(), renderedIn);
            request.setAttribute(RENDERED, new Rendered(key(request), fresh));
            wrapper.resetBuffer();
            serve(fresh, request, wrapper, header -> wrapper.setHeader(header.name(), header.value()));
            wrapper.copyBodyToResponse();
        }
    }
}
