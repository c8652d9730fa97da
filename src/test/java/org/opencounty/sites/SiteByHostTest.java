package org.opencounty.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site of a host name is kept in memory (every page not served from the page cache asks for it), and forgotten
 * as soon as a site is created here: a new site's host answers with that site at once, not with the default site kept
 * for it a moment before.
 */
class SiteByHostTest extends IntegrationTest {

    /** Its own host and code each run: the test database may be kept between runs. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final String HOST = "host-cache-" + RUN + ".example";

    @Autowired
    Sites sites;

    @Test
    void aHostAskedAgainCostsNoStatementAndANewSitesHostAnswersWithItAtOnce() throws Exception {
        Site before = sites.forHost(HOST);
        assertThat(before.isDefault()).isTrue();
        assertThat(StatementCounter.count(() -> sites.forHost(HOST))).isZero();
        assertThat(StatementCounter.count(() -> sites.forHost(HOST.toUpperCase(Locale.ROOT)))).isZero();

        Site created = sites.create(new Site("host-cache-" + RUN, "缓存县人民政府", HOST, "6599990077", false), List.of(HOST));

        Site after = sites.forHost(HOST);
        assertThat(after.id()).isEqualTo(created.id());
        assertThat(after.name()).isEqualTo("缓存县人民政府");
        assertThat(sites.forHost("localhost").isDefault()).isTrue();
    }
}
