package org.opencounty.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencounty.common.Actor;
import org.opencounty.common.Actors;
import org.opencounty.common.NotAllowedException;
import org.opencounty.web.CurrentSite;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Sites are a security boundary: an account (its session or its API token) belongs to one county's site and acts only
 * on that site's host. A request for another site is refused before any controller runs, so no page or API call can
 * read or change one county's data with another county's credentials, whatever the domain checks behind it.
 */
class SiteBoundary implements HandlerInterceptor {

    private final CurrentSite currentSite;

    SiteBoundary(CurrentSite currentSite) {
        this.currentSite = currentSite;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Actor actor = Actors.current().orElse(null);
        // Controllers only: a refusal must reach the exception handlers (static files hold nothing of a site).
        if (handler instanceof HandlerMethod && actor != null && actor.siteId() != currentSite.of(request).id()) {
            throw new NotAllowedException("您的账号不属于本网站，请在本网站登录");
        }
        return true;
    }
}
