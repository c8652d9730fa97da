package org.opencounty.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform runs. In production an administrator must exist or be given by
 * {@code OPENCOUNTY_ADMIN_USERNAME} / {@code OPENCOUNTY_ADMIN_PASSWORD} (and the site by {@code opencounty.site.*}).
 */
@ConfigurationProperties("opencounty")
public record PlatformSettings(PlatformMode mode, Admin admin, SiteDefaults site) {

    public record Admin(String username, String password, String displayName) {
    }

    public record SiteDefaults(String code, String name, String domain, String siteIdCode, String icpNumber,
                               String psbNumber, String organiser, String organiserContact, String countyName) {
    }

    public PlatformSettings {
        mode = mode == null ? PlatformMode.DEMO : mode;
        admin = admin == null ? new Admin(null, null, null) : admin;
        site = site == null ? new SiteDefaults(null, null, null, null, null, null, null, null, null) : site;
    }
}
