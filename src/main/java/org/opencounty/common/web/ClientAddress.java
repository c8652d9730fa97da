package org.opencounty.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the request being served, if any (forwarded headers are honoured only when configured). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<HttpServletRequest> currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(attributes.getRequest());
        }
        return Optional.empty();
    }

    public static String current() {
        return currentRequest().map(HttpServletRequest::getRemoteAddr).orElse("");
    }
}
