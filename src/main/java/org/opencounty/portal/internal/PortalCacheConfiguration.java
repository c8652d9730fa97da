package org.opencounty.portal.internal;

import java.time.Clock;
import org.opencounty.content.ArticleEvents.ArticlePublished;
import org.opencounty.content.ArticleEvents.ArticleWithdrawn;
import org.opencounty.catalogue.CatalogueEvents.EntryPublished;
import org.opencounty.catalogue.CatalogueEvents.EntryWithdrawn;
import org.opencounty.catalogue.CatalogueEvents.ScenarioSaved;
import org.opencounty.interaction.InteractionEvents.RatingChanged;
import org.opencounty.search.SearchIndexRebuilt;
import org.opencounty.search.SearchSynonymsChanged;
import org.opencounty.sites.SiteChanged;
import org.opencounty.units.UnitEvents.UnitChanged;
import org.opencounty.units.UnitEvents.UnitCreated;
import org.opencounty.units.UnitEvents.ProfilePublished;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Registers the page cache's two filters (hits before every other filter, rendering after the security filters) and
 * clears it when what the portal shows changes: right after the change has committed (a page rendered meanwhile is not
 * kept, see {@link PortalPageCache}). Clearing takes microseconds, so it runs in the committing thread: as a background
 * listener each change held a database connection for the event registry, and a burst of publications (the demo load)
 * emptied the pool. The purge hook, a network call, runs in the background.
 */
@Configuration(proxyBeanMethods = false)
class PortalCacheConfiguration {

    private final PortalPageCache cache;
    private final ProxyPurge proxies;

    PortalCacheConfiguration(PageCacheSettings settings, Clock clock, Environment environment) {
        this.cache = new PortalPageCache(settings.withSearchPages(settings.searchPages() && oneNode(environment)), clock);
        this.proxies = new ProxyPurge(settings.purgeUrl());
    }

    /**
     * Search pages are kept on one node only: with outbox-polling the index takes the publication after the pages were
     * cleared, and across nodes the synonyms reach the other nodes within a minute; a search page kept in between
     * would show the old results until the next publication.
     */
    static boolean oneNode(Environment environment) {
        return "none".equals(environment.getProperty("spring.jpa.properties.hibernate.search.coordination.strategy", "none"))
                && !environment.getProperty("opencounty.cluster.page-cache-notify", Boolean.class, false);
    }

    /** This node's pages go at once; the purge hook tells the shared caches in front (once, from the node that changed it). */
    private void changed() {
        cache.clear();
        proxies.purgeSoon();
    }

    @Bean
    PortalPageCache portalPageCache() {
        return cache;
    }

    @Bean
    FilterRegistrationBean<PortalPageCache> portalPageCacheRegistration(PortalPageCache portalPageCache) {
        FilterRegistrationBean<PortalPageCache> registration = new FilterRegistrationBean<>(portalPageCache);
        // First of all: an anonymous visitor's hit needs nothing the other filters do (PortalPageCache).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Hits answered in Tomcat's engine pipeline, before the filter chain is built ({@link PortalHitValve}), and written
     * to the connection in one piece: with Tomcat's 8 KB write buffer a 10–12 KB page took two writes.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> portalHitsBeforeTheServletPipeline(PortalPageCache portalPageCache,
                                                                                             PageCacheSettings settings) {
        return factory -> {
            factory.addEngineValves(new PortalHitValve(portalPageCache));
            factory.addConnectorCustomizers(connector -> {
                if (!connector.setProperty("socket.appWriteBufSize", Long.toString(settings.socketWriteBuffer().toBytes()))) {
                    throw new IllegalStateException("Tomcat did not take socket.appWriteBufSize");
                }
            });
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> portalPageRendererRegistration(PortalPageCache portalPageCache) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(portalPageCache.renderer());
        // After Spring Security (-100), so the filter knows whether the visitor is signed in.
        registration.setOrder(0);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProfilePublished event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitChanged event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitCreated event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SiteChanged event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EntryPublished event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EntryWithdrawn event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ScenarioSaved event) {
        changed();
    }

    /** Kept search pages may miss what the rebuilt index now finds. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(SearchIndexRebuilt event) {
        changed();
    }

    /** Kept search pages were found with the old synonyms. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(SearchSynonymsChanged event) {
        changed();
    }

    /** The 好差评 figures are public pages: a rating, a closed follow-up or an upheld appeal changes them. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(RatingChanged event) {
        if (event.changesPublicFigures()) {
            changed();
        }
    }
}
