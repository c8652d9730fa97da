package org.opencounty.accounts.internal;

import java.io.Serializable;
import org.opencounty.common.ActorPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The account's security stamp when the session signed in, kept as the session authentication's details so that
 * {@link SessionEndFilter} can tell a session that an account change has ended.
 */
public record SessionStamp(long accountId, long value) implements Serializable {

    /** The session's authentication for a principal signed in at this stamp (credentials erased). */
    public static Authentication authentication(ActorPrincipal principal, long stamp) {
        principal.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.setDetails(new SessionStamp(principal.actor().accountId(), stamp));
        return authentication;
    }
}
