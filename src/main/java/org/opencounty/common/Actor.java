package org.opencounty.common;

import java.util.Set;

/**
 * Who is acting: the authenticated person as every module sees them. Kept free of framework types
 * so that domain methods can check authority without knowing about Spring Security.
 */
public record Actor(long accountId, String username, String displayName, Set<Role> roles,
                    Long unitId, String unitCode, String unitName, long siteId) implements java.io.Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCenterWide() {
        return roles.stream().anyMatch(Role::isCenterWide);
    }

    public boolean isStaff() {
        return unitId != null && roles.stream().anyMatch(Role::isStaff);
    }
}
