package org.opencounty.portal.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Answers an anonymous visitor's page-cache hit in Tomcat's engine pipeline, before the host and context valves and
 * before the servlet's filter chain is built for the request: on a hit those only cost time (building the chain and
 * binding the web application led the profile of cached pages). Anything else goes on as before, where
 * {@link PortalPageCache}'s filters render, keep and serve it.
 */
final class PortalHitValve extends ValveBase {

    private final PortalPageCache cache;

    PortalHitValve(PortalPageCache cache) {
        // Async requests (server-sent events, deferred results) pass through: a valve that is not async-supported would refuse them.
        super(true);
        this.cache = cache;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (request.getContext() != null && cache.answeredHit(request, response)) {
            return;
        }
        getNext().invoke(request, response);
    }
}
