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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages to anonymous visitors from memory, so that a published page costs almost nothing
 * to serve, with ETag and Last-Modified for conditional requests. Publication, withdrawal and changes
 * of units or the site clear it. A page rendered while a change was being committed is not kept: every
 * entry records the generation it was rendered in, and clearing starts a new generation.
 */
public class PortalPageCache extends OncePerRequestFilter {

    private record Entry(byte[] body, String contentType, String etag, long lastModified, long generation) {
    }

    private static final int MAX_ENTRIES = 5_000;
    private static final int MAX_BODY = 512 * 1024;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI();
        return !(path.equals("/") || path.startsWith("/columns/") || path.startsWith("/units") || path.startsWith("/articles/")
                || path.startsWith("/services") || path.startsWith("/scenarios/") || path.equals("/fees")
                || path.equals("/sitemap")) || path.contains("/attachments/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getServerName() + request.getRequestURI() + "?" + (request.getQueryString() == null ? "" : request.getQueryString());
        Entry entry = entries.get(key);
        if (entry != null) {
            serve(entry, request, response, true);
            return;
        }
        long renderedIn = generation.get();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        boolean cacheable = wrapper.getStatus() == 200 && body.length <= MAX_BODY && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null
                && request.getSession(false) == null;
        if (!cacheable) {
            wrapper.copyBodyToResponse();
            return;
        }
        Entry fresh = new Entry(body, wrapper.getContentType(), etag(body), (Instant.now().toEpochMilli() / 1000) * 1000, renderedIn);
        if (renderedIn == generation.get() && entries.size() < MAX_ENTRIES) {
            entries.put(key, fresh);
        }
        wrapper.resetBuffer();
        serve(fresh, request, wrapper, false);
        wrapper.copyBodyToResponse();
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
