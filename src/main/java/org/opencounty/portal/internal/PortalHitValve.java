package org.opencounty.portal.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Answers an anonymous visitor's page-cache hit in Tomcat's engine pipeline, before the host and context valves and
 * before the servlet's filter chain is built for the request: on a hit those only cost time (building the chain and
 * binding the web application led the profile of cached pages), and the headers go out as bytes prepared once per page
 * (encoding them led it too). Anything else goes on as before, where
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
        if (request.getContext() != null && cache.answeredHit(request, response, header -> write(header, response))) {
            return;
        }
        getNext().invoke(request, response);
    }

    /** Straight into Tomcat's header list as the bytes prepared with the page: nothing is encoded again on a hit. */
    private static void write(PortalPageCache.Header header, Response response) {
        if (header.valueBytes() == null) {
            response.setHeader(header.name(), header.value());
            return;
        }
        response.getCoyoteResponse().getMimeHeaders().addValue(header.nameBytes(), 0, header.nameBytes().length)
                .setBytes(header.valueBytes(), 0, header.valueBytes().length);
    }
}
