package org.opencounty.common;

import java.util.Collection;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: an {@link Actor} plus what Spring Security needs to authenticate it. */
public final class ActorPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final boolean mustChangePassword;
    private String passwordHash;

    public ActorPrincipal(Actor actor, String passwordHash, boolean mustChangePassword) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    public Actor actor() {
        return actor;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
