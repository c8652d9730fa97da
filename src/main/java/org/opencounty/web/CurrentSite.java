package org.opencounty.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.opencounty.common.web.DatabaseUnavailable;
import org.opencounty.sites.Site;
import org.opencounty.sites.Sites;
import org.springframework.stereotype.Component;

/**
 * The site a request is for, resolved once per request from its host name. The last site resolved for each host is
 * kept, and used only when the database does not answer: the page that says so ("try again later", 503) still shows
 * the site it belongs to.
 */
@Component
public class CurrentSite {

    private static final String ATTRIBUTE = CurrentSite.class.getName();

    private final Sites sites;
    /** Bounded: the Host header is the client's to choose. */
    private final Cache<String, Site> lastResolved = Caffeine.newBuilder().maximumSize(1_000).build();

    CurrentSite(Sites sites) {
        this.sites = sites;
    }

    public Site of(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof Site site) {
            return site;
        }
        String host = request.getServerName() == null ? "" : request.getServerName();
        Site site;
        try {
            site = sites.forHost(host);
            lastResolved.put(host, site);
        } catch (RuntimeException e) {
            site = DatabaseUnavailable.is(e) ? lastResolved.getIfPresent(host) : null;
            if (site == null) {
                throw e;
            }
        }
        request.setAttribute(ATTRIBUTE, site);
        return site;
    }
}
