package org.opencounty.portal.internal;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The portal's page cache (docs/deploy.md).
 *
 * @param maxSize      what the cached pages may weigh together, each counted with its gzip variant
 * @param cacheControl the {@code Cache-Control} of a public page served to an anonymous visitor: how long a browser, a
 *                     reverse proxy or a CDN may keep it; publication is seen by visitors at most this late ("no-cache"
 *                     makes every visitor ask again, answered 304 when nothing changed)
 * @param purgeUrl     where to POST after every change of what the portal shows, to purge a CDN or proxy (none when blank)
 * @param socketWriteBuffer what Tomcat gathers of an answer before writing to the connection (its own default is 8 KB):
 *                     a page with its headers that fits goes out in one write
 * @param searchPages  whether search result pages are kept too (the same words asked again, as when an exam's results
 *                     come out, answered from memory until the next publication); off where the index lags behind the
 *                     publication (outbox-polling coordination), since a page kept in between would miss the new article
 */
@ConfigurationProperties("opencounty.portal.page-cache")
record PageCacheSettings(DataSize maxSize, String cacheControl, URI purgeUrl, DataSize socketWriteBuffer, Boolean searchPages) {

    PageCacheSettings {
        maxSize = maxSize == null ? DataSize.ofMegabytes(64) : maxSize;
        cacheControl = cacheControl == null || cacheControl.isBlank() ? "public, max-age=60, stale-while-revalidate=300" : cacheControl.strip();
        purgeUrl = purgeUrl == null || purgeUrl.toString().isBlank() ? null : purgeUrl;
        socketWriteBuffer = socketWriteBuffer == null ? DataSize.ofKilobytes(16) : socketWriteBuffer;
        searchPages = searchPages == null || searchPages;
        if (socketWriteBuffer.toBytes() < 1024 || socketWriteBuffer.toBytes() > 1024 * 1024) {
            throw new IllegalArgumentException("opencounty.portal.page-cache.socket-write-buffer must be between 1KB and 1MB: " + socketWriteBuffer);
        }
        if (maxSize.toBytes() < 0) {
            throw new IllegalArgumentException("opencounty.portal.page-cache.max-size must not be negative: " + maxSize);
        }
    }

    /** The same settings with search pages kept or not. */
    PageCacheSettings withSearchPages(boolean kept) {
        return new PageCacheSettings(maxSize, cacheControl, purgeUrl, socketWriteBuffer, kept);
    }
}
