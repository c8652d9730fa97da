package org.opencounty.web;

import org.opencounty.common.Actor;
import org.opencounty.sites.Site;

/**
 * What every page's layout needs: the site (name, identification for the meta tags and footer), the
 * signed-in person, the CSRF token for forms and the current path for navigation.
 */
public record PageContext(Site site, Actor user, String csrfParameter, String csrfToken, String path) {

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
