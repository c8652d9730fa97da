package org.opencounty.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to a path on this site, never to a host taken from the request: Spring Security's saved request is an
 * absolute URL built from the {@code Host} header, which a client or a careless proxy can set to anything.
 */
final class RelativeRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(relative(request.getContextPath(), url)));
    }

    static String relative(String contextPath, String url) {
        String path;
        try {
            URI uri = URI.create(url);
            String onSite = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            onSite = uri.getRawQuery() == null ? onSite : onSite + "?" + uri.getRawQuery();
            // An absolute URL's path already holds the context path; a path of ours does not.
            path = uri.isAbsolute() || uri.getRawAuthority() != null ? onSite : contextPath + onSite;
        } catch (IllegalArgumentException e) {
            path = contextPath + "/";
        }
        // "//host/…" would be read by browsers as another site.
        return "/" + path.replaceFirst("^/+", "");
    }
}
