package org.opencounty.web;

import java.util.function.Supplier;
import org.opencounty.common.Actor;
import org.opencounty.sites.Site;

/**
 * What every page's layout needs: the site (name, identification for the meta tags and footer), the
 * signed-in person, the CSRF token for forms and the current path for navigation. The token is read
 * only by pages with forms, so that anonymous portal pages create no session and can be cached.
 */
public final class PageContext {

    private final Site site;
    private final Actor user;
    private final Supplier<String> csrfParameter;
    private final Supplier<String> csrfToken;
    private final String path;

    public PageContext(Site site, Actor user, Supplier<String> csrfParameter, Supplier<String> csrfToken, String path) {
        this.site = site;
        this.user = user;
        this.csrfParameter = csrfParameter;
        this.csrfToken = csrfToken;
        this.path = path;
    }

    public Site site() { return site; }
    public Actor user() { return user; }
    public String csrfParameter() { return csrfParameter.get(); }
    public String csrfToken() { return csrfToken.get(); }
    public String path() { return path; }

    public boolean signedIn() {
        return user != null;
    }

    public boolean staff() {
        return user != null && user.isStaff();
    }

    public boolean at(String prefix) {
        return path.equals(prefix) || (!prefix.equals("/") && path.startsWith(prefix));
    }
}
