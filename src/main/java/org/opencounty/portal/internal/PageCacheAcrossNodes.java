package org.opencounty.portal.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.opencounty.catalogue.CatalogueEvents.EntryPublished;
import org.opencounty.catalogue.CatalogueEvents.EntryWithdrawn;
import org.opencounty.catalogue.CatalogueEvents.ScenarioSaved;
import org.opencounty.content.ArticleEvents.ArticlePublished;
import org.opencounty.content.ArticleEvents.ArticleWithdrawn;
import org.opencounty.sites.SiteChanged;
import org.opencounty.sites.Sites;
import org.opencounty.units.UnitEvents.ProfilePublished;
import org.opencounty.units.UnitEvents.UnitChanged;
import org.opencounty.units.UnitEvents.UnitCreated;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clears the page cache of every node when any node publishes (opencounty.cluster.page-cache-notify): each node
 * LISTENs on one PostgreSQL channel, and the change that clears the local cache also NOTIFYs it. The NOTIFY is sent
 * inside the publishing transaction, and PostgreSQL delivers it only if that commits, to every node at once, so a node
 * never clears for a change that did not happen nor misses one that did while it was listening; after a lost
 * connection the node clears its cache itself, as it may have missed some.
 */
@Component
@ConditionalOnProperty(name = "opencounty.cluster.page-cache-notify", havingValue = "true")
class PageCacheAcrossNodes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PageCacheAcrossNodes.class);
    static final String CHANNEL = "opencounty_page_cache";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final PortalPageCache cache;
    private final Sites sites;
    private volatile boolean running;
    private Thread listener;

    PageCacheAcrossNodes(DataSource dataSource, PortalPageCache cache, Sites sites) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.cache = cache;
        this.sites = sites;
    }

    @EventListener({ArticlePublished.class, ArticleWithdrawn.class, ProfilePublished.class, UnitChanged.class, UnitCreated.class,
            SiteChanged.class, EntryPublished.class, EntryWithdrawn.class, ScenarioSaved.class})
    void changed() {
        jdbc.execute("select pg_notify('" + CHANNEL + "', '')");
    }

    /** The 好差评 figures are public pages too (PortalCacheConfiguration). */
    @EventListener(condition = "#event.changesPublicFigures()")
    void changed(org.opencounty.interaction.InteractionEvents.RatingChanged event) {
        changed();
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("page-cache-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        listener.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = listening(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                // Whatever was published while this node was not listening.
                clear();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null && notifications.length > 0) {
                        clear();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the page cache channel; listening again in a second", e);
                    pause();
                }
            }
        }
    }

    /** The pages, and the sites kept by host name: a page rendered next must not show a site as it was before. */
    private void clear() {
        sites.forgetCachedHosts();
        cache.clear();
    }

    /** A connection of its own, beside the pool: it stays open as long as the node runs and must not take a pool slot. */
    private Connection listening() throws SQLException {
        if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
            var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
            return java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
