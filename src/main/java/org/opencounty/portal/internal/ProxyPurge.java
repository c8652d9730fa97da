package org.opencounty.portal.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The purge hook (docs/deploy.md): after a change of what the portal shows, a POST without body to the configured
 * address, for a CDN's purge API or a proxy's purge endpoint (through a small adapter of the operator's). A failure is
 * logged and nothing else: shared caches keep a page at most its max-age anyway, so a purge only makes it sooner.
 */
class ProxyPurge {

    private static final Logger log = LoggerFactory.getLogger(ProxyPurge.class);

    private final URI url;
    private final HttpClient http;
    private final AtomicBoolean pending = new AtomicBoolean();

    ProxyPurge(URI url) {
        this.url = url;
        this.http = url == null ? null : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Purges in the background. Changes while a purge is waiting to start share it (a burst of publications is one
     * purge); a change while one is under way asks for another, so the last change is always followed by a purge.
     */
    void purgeSoon() {
        if (url != null && pending.compareAndSet(false, true)) {
            Thread.ofVirtual().name("proxy-purge").start(() -> {
                pending.set(false);
                purge();
            });
        }
    }

    /** Whether the purge was asked for and acknowledged (2xx). */
    boolean purge() {
        if (url == null) {
            return false;
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return true;
            }
            log.warn("The purge hook {} answered {}: shared caches keep the portal's pages until their max-age", url, response.statusCode());
        } catch (IOException e) {
            log.warn("The purge hook {} failed ({}): shared caches keep the portal's pages until their max-age", url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
