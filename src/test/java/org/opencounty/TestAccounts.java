package org.opencounty;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencounty.accounts.Accounts;
import org.opencounty.common.Role;
import org.opencounty.sites.Sites;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/** Fresh staff accounts for tests that change an account's state, so that no test disturbs another. */
@Component
public class TestAccounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final Units units;
    private final Sites sites;

    TestAccounts(Accounts accounts, Units units, Sites sites) {
        this.accounts = accounts;
        this.units = units;
        this.sites = sites;
    }

    public String staff(String unitCode, Role role, boolean mustChangePassword) {
        return staff(unitCode, Set.of(role), mustChangePassword);
    }

    /** A staff account holding all of {@code roles}, as an administrator may assign them. */
    public String staff(String unitCode, Set<Role> roles, boolean mustChangePassword) {
        long siteId = sites.defaultSite().id();
        String username = "t" + roles.iterator().next().name().toLowerCase().replace("_", "") + SEQUENCE.incrementAndGet()
                + System.nanoTime() % 10_000;
        accounts.bootstrapStaff(siteId, username, "测试" + username, units.get(siteId, unitCode).id(), roles,
                IntegrationTest.DEMO_PASSWORD, mustChangePassword);
        return username;
    }
}
