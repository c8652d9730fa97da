package org.opencounty.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.opencounty.accounts.Accounts;
import org.opencounty.accounts.PasswordPolicy;
import org.opencounty.common.Role;
import org.opencounty.demo.DemoArticles;
import org.opencounty.demo.DemoCases;
import org.opencounty.demo.DemoData;
import org.opencounty.demo.DemoServices;
import org.opencounty.demo.DemoStep;
import org.opencounty.sites.Site;
import org.opencounty.sites.Sites;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the platform usable on first start: demo data in demo mode; in production mode, the site,
 * its county unit and the first administrator from the environment, or a refusal to start.
 */
@Component
class PlatformBootstrap {

    private static final Logger log = LoggerFactory.getLogger(PlatformBootstrap.class);

    private final PlatformSettings settings;
    private final DemoData demoData;
    private final DemoArticles demoArticles;
    private final DemoServices demoServices;
    private final DemoCases demoCases;
    private final List<DemoStep> demoSteps;
    private final Sites sites;
    private final Units units;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    PlatformBootstrap(PlatformSettings settings, DemoData demoData, DemoArticles demoArticles, DemoServices demoServices, DemoCases demoCases, List<DemoStep> demoSteps, Sites sites, Units units, Accounts accounts,
                      TransactionTemplate transaction) {
        this.settings = settings;
        this.demoData = demoData;
        this.demoArticles = demoArticles;
        this.demoServices = demoServices;
        this.demoCases = demoCases;
        this.demoSteps = demoSteps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.sites = sites;
        this.units = units;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @EventListener(ApplicationStartedEvent.class)
    void bootstrap() {
        if (settings.mode() == PlatformMode.DEMO) {
            // One transaction, so that a failed load leaves nothing half-made and is tried again at the next start.
            String loaded = transaction.execute(status -> {
                if (!demoData.loadIfEmpty()) {
                    return null;
                }
                long siteId = sites.byCode("barkol").orElseThrow().id();
                StringBuilder what = new StringBuilder(demoArticles.load(siteId) + " articles, "
                        + demoServices.load(siteId) + " service guides, " + demoCases.load(siteId) + " applications");
                demoSteps.forEach(step -> what.append(", ").append(step.load(siteId)));
                return what.toString();
            });
            if (loaded != null) {
                log.info("Loaded demo data with {}; demo accounts use the password {}", loaded, DemoData.DEMO_PASSWORD);
            }
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (!accounts.anyAdministrator()) {
                createFirstAdministrator();
            }
        });
    }

    private void createFirstAdministrator() {
        PlatformSettings.Admin admin = settings.admin();
        if (admin.username() == null || admin.username().isBlank() || admin.password() == null || admin.password().isBlank()) {
            throw new IllegalStateException("Production mode needs an administrator: set OPENCOUNTY_ADMIN_USERNAME and "
                    + "OPENCOUNTY_ADMIN_PASSWORD for the first start (see README, 'Production mode')");
        }
        PasswordPolicy.problemWith(admin.password(), admin.username()).ifPresent(problem -> {
            throw new IllegalStateException("OPENCOUNTY_ADMIN_PASSWORD is too weak: " + problem);
        });
        if ("Demo#2026".equals(admin.password())) {
            throw new IllegalStateException("The demo password may not be used in production mode");
        }
        Site site = sites.all().stream().filter(Site::isDefault).findFirst().orElseGet(this::createSite);
        Unit county = units.directory(site.id()).stream().filter(u -> u.kind() == UnitKind.COUNTY).findFirst()
                .orElseGet(() -> units.seed(site.id(), "county", nonBlank(settings.site().countyName(), site.name()),
                        UnitKind.COUNTY, null, 0, null, admin.username()));
        accounts.bootstrapStaff(site.id(), admin.username(), nonBlank(admin.displayName(), "系统管理员"), county.id(),
                Set.of(Role.CENTER_ADMIN), admin.password(), true);
        log.info("Created the first administrator '{}'; the password must be changed at first login", admin.username());
    }

    private Site createSite() {
        PlatformSettings.SiteDefaults d = settings.site();
        if (d.name() == null || d.domain() == null || d.siteIdCode() == null) {
            throw new IllegalStateException("Production mode needs the site: set opencounty.site.name, .domain and .site-id-code");
        }
        Site site = new Site(nonBlank(d.code(), "county"), d.name(), d.domain(), d.siteIdCode(), true);
        site.identify(d.name(), d.domain(), d.siteIdCode(), nonBlank(d.icpNumber(), ""), nonBlank(d.psbNumber(), ""),
                nonBlank(d.organiser(), ""), nonBlank(d.organiserContact(), ""));
        return sites.create(site, List.of(d.domain()));
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
