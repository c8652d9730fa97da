package org.opencounty.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.opencounty.common.ActorPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a web session whose account was disabled, or whose roles, unit or password changed since it signed in:
 * each request compares the stamp the session signed in with against the account's (docs/adr/0010).
 */
class SessionEndFilter extends OncePerRequestFilter {

    static final String EXPIRED_PAGE = "/login?expired";

    private final LoginCounters records;

    SessionEndFilter(LoginCounters records) {
        this.records = records;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal && !stillValid(authentication, principal)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Authentication authentication, ActorPrincipal principal) {
        // A session without a stamp was not signed in through this platform's login: it ends too.
        return authentication.getDetails() instanceof SessionStamp stamp
                && stamp.accountId() == principal.actor().accountId()
                && records.sessionStillValid(stamp.accountId(), stamp.value());
    }
}
