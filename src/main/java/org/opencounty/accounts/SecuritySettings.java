package org.opencounty.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Login protection settings; defaults follow the platform's security baseline. */
@ConfigurationProperties("opencounty.security")
public record SecuritySettings(Integer maxFailedLogins, Duration lockDuration, Duration tokenLifetime,
                               Integer registrationsPerHourPerAddress) {

    public SecuritySettings {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(8) : tokenLifetime;
        registrationsPerHourPerAddress = registrationsPerHourPerAddress == null ? 10 : registrationsPerHourPerAddress;
    }
}
