package org.opencounty.audit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits, in one place, what people read out of the platform and what they were refused (issue 16.13):
 * every download and export (a response sent as an attachment: application materials, CSV and Excel
 * exports, article attachments) by a signed-in person, and every refusal (403), whether the security
 * rules refused the address or a domain check refused the action.
 */
@Configuration(proxyBeanMethods = false)
class AccessAuditing {

    private static final Logger log = LoggerFactory.getLogger(AccessAuditing.class);
    private static final int TARGET_LENGTH = 300;

    private final AuditLog audit;

    AccessAuditing(AuditLog audit) {
        this.audit = audit;
    }

    /** Makes the security rules publish their refusals as events (they do not by default). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    OncePerRequestFilter downloadAndRefusalAuditing() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                Optional<Actor> actor = Actors.current();
                if (actor.isEmpty()) {
                    return;
                }
                String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
                if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                    write(audit, actor.get(), "access.denied", request, AuditResult.FAILURE);
                } else if (response.getStatus() < 300 && disposition != null && disposition.startsWith("attachment")) {
                    write(audit, actor.get(), "download", request, AuditResult.SUCCESS);
                }
            }
        };
    }

    /** Refusals by the security rules never reach the filter's end with a person in hand; they come as events. */
    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return; // an anonymous visitor is sent to sign in, not refused
        }
        String target = event.getSource() instanceof HttpServletRequest request
                ? request.getMethod() + " " + request.getRequestURI() : String.valueOf(event.getSource());
        Optional<Actor> actor = Actors.current();
        try {
            if (actor.isPresent()) {
                audit.record(actor.get(), "access.denied", truncate(target), AuditResult.FAILURE, "");
            } else {
                audit.record(authentication.getName(), "", "access.denied", truncate(target), AuditResult.FAILURE, "");
            }
        } catch (RuntimeException e) {
            log.warn("A refusal could not be audited: {}", e.toString());
        }
    }

    private static void write(AuditLog audit, Actor actor, String action, HttpServletRequest request, AuditResult result) {
        String target = request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            audit.record(actor, action, truncate(target), result, "");
        } catch (RuntimeException e) {
            // The response is already sent; a failure to audit must be seen, not answered.
            log.error("Could not audit {} of {}: {}", action, target, e.toString());
        }
    }

    private static String truncate(String target) {
        return target.length() <= TARGET_LENGTH ? target : target.substring(0, TARGET_LENGTH);
    }
}
