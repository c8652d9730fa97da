package org.opencounty.portal.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages to anonymous visitors from memory, so that a published page costs almost nothing
 * to serve, with ETag and Last-Modified for conditional requests. Publication, withdrawal and changes
 * of units, the site or the catalogue clear it. A page rendered while a change was being committed is not kept:
 * clearing starts a new generation, and a page is kept only if the generation it began rendering in is still the
 * current one (checked under the lock that clearing takes).
 *
 * <p>Everything goes on any change, not only the pages that show what changed: an article appears on the home
 * page, in its column, its unit's catalogue, the feeds and the sitemap, and a unit or the site in every page's
 * header, footer or directory. Knowing which cached page shows what would have to follow every template as it
 * changes, to save renderings of a few milliseconds a few times a day.
 *
 * <p>When full (5,000 pages, or 64 MB: a page may have 512 KB) the page used longest ago makes room, so that the
 * pages visitors keep asking for stay, whatever else is asked for once (any query string makes a page of its own).
 */
public class PortalPageCache extends OncePerRequestFilter {

    private record Entry(byte[] body, String contentType, String etag, long lastModified) {
    }

    private static final int MAX_BODY = 512 * 1024;

    private final int maxEntries;
    private final long maxBytes;
    /** In the order of use, the least recently used first; guarded by itself, as every read reorders it. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long generation;

    public PortalPageCache() {
        this(5_000, 64L * 1024 * 1024);
    }

    PortalPageCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    public void clear() {
        synchronized (entries) {
            generation++;
            entries.clear();
            bytes = 0;
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI();
        return !(path.equals("/") || path.startsWith("/columns/") || path.startsWith("/units") || path.startsWith("/articles/")
                || path.startsWith("/services") || path.startsWith("/scenarios/") || path.equals("/fees")
                || path.equals("/sitemap") || path.equals("/disclosure") || path.equals("/policies")) || path.contains("/attachments/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getServerName() + request.getRequestURI() + "?" + (request.getQueryString() == null ? "" : request.getQueryString());
        Entry entry;
        long renderedIn;
        synchronized (entries) {
            entry = entries.get(key);
            renderedIn = generation;
        }
        if (entry != null) {
            serve(entry, request, response, true);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        boolean cacheable = wrapper.getStatus() == 200 && body.length <= MAX_BODY && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null
                && request.getSession(false) == null;
        if (!cacheable) {
            wrapper.copyBodyToResponse();
            return;
        }
        Entry fresh = new Entry(body, wrapper.getContentType(), etag(body), (Instant.now().toEpochMilli() / 1000) * 1000);
        keep(key, fresh, renderedIn);
        wrapper.resetBuffer();
        serve(fresh, request, wrapper, false);
        wrapper.copyBodyToResponse();
    }

    /** Keeps the page unless the cache was cleared since it began rendering, making room by least recent use. */
    private void keep(String key, Entry entry, long renderedIn) {
        synchronized (entries) {
            if (renderedIn != generation) {
                return;
            }
            Entry replaced = entries.put(key, entry);
            bytes += entry.body().length - (replaced == null ? 0 : replaced.body().length);
            Iterator<Entry> leastRecentlyUsed = entries.values().iterator();
            while (entries.size() > maxEntries || bytes > maxBytes) {
                bytes -= leastRecentlyUsed.next().body().length;
                leastRecentlyUsed.remove();
            }
        }
    }

    private static void serve(Entry entry, HttpServletRequest request, HttpServletResponse response, boolean fromCache) throws IOException {
        response.setHeader(HttpHeaders.ETAG, entry.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, entry.lastModified());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader("X-Page-Cache", fromCache ? "HIT" : "MISS");
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        long ifModifiedSince = ifNoneMatch == null ? request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE) : -1;
        if ((ifNoneMatch != null && ifNoneMatch.contains(entry.etag())) || (ifModifiedSince >= entry.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
