package org.opencounty.web;

import jakarta.servlet.http.HttpServletRequest;
import org.opencounty.sites.Site;
import org.opencounty.sites.Sites;
import org.springframework.stereotype.Component;

/** The site a request is for, resolved once per request from its host name. */
@Component
public class CurrentSite {

    private static final String ATTRIBUTE = CurrentSite.class.getName();

    private final Sites sites;

    CurrentSite(Sites sites) {
        this.sites = sites;
    }

    public Site of(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof Site site) {
            return site;
        }
        Site site = sites.forHost(request.getServerName());
        request.setAttribute(ATTRIBUTE, site);
        return site;
    }
}
