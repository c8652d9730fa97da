package org.opencounty.portal.internal;

import org.opencounty.content.ArticleEvents.ArticlePublished;
import org.opencounty.content.ArticleEvents.ArticleWithdrawn;
import org.opencounty.catalogue.CatalogueEvents.EntryPublished;
import org.opencounty.catalogue.CatalogueEvents.EntryWithdrawn;
import org.opencounty.catalogue.CatalogueEvents.ScenarioSaved;
import org.opencounty.sites.SiteChanged;
import org.opencounty.units.UnitEvents.UnitChanged;
import org.opencounty.units.UnitEvents.UnitCreated;
import org.opencounty.units.UnitEvents.ProfilePublished;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;

/**
 * Registers the page cache after the security filters and clears it when what the portal shows changes: after the
 * change has committed, in the background, so that a publication never waits for the cache (a page rendered
 * meanwhile is not kept, see {@link PortalPageCache}).
 */
@Configuration(proxyBeanMethods = false)
class PortalCacheConfiguration {

    private final PortalPageCache cache = new PortalPageCache();

    @Bean
    PortalPageCache portalPageCache() {
        return cache;
    }

    @Bean
    FilterRegistrationBean<PortalPageCache> portalPageCacheRegistration(PortalPageCache portalPageCache) {
        FilterRegistrationBean<PortalPageCache> registration = new FilterRegistrationBean<>(portalPageCache);
        // After Spring Security (-100), so the filter knows whether the visitor is signed in.
        registration.setOrder(0);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ArticlePublished event) {
        cache.clear();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ArticleWithdrawn event) {
        cache.clear();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ProfilePublished event) {
        cache.clear();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UnitChanged event) {
        cache.clear();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UnitCreated event) {
        cache.clear();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SiteChanged event) {
        cache.clear();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(EntryPublished event) {
        cache.clear();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(EntryWithdrawn event) {
        cache.clear();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ScenarioSaved event) {
        cache.clear();
    }
}
