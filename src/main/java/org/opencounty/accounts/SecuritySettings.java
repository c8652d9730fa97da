package org.opencounty.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection settings; defaults follow the platform's security baseline (docs/security.md, "Accounts and
 * sessions").
 */
@ConfigurationProperties("opencounty.security")
public record SecuritySettings(Integer maxFailedLogins, Duration lockDuration, Duration tokenLifetime,
                               Integer registrationsPerHourPerAddress, Integer loginFailuresPerAddress,
                               Boolean behindHttps, Duration hstsMaxAge, Duration resetCodeLifetime,
                               Integer resetCodeAttempts, Integer resetCodesPerHourPerContact,
                               Integer resetRequestsPerHourPerAddress) {

    public SecuritySettings {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(8) : tokenLifetime;
        registrationsPerHourPerAddress = registrationsPerHourPerAddress == null ? 10 : registrationsPerHourPerAddress;
        loginFailuresPerAddress = loginFailuresPerAddress == null ? 20 : loginFailuresPerAddress;
        behindHttps = behindHttps != null && behindHttps;
        hstsMaxAge = hstsMaxAge == null ? Duration.ofDays(365) : hstsMaxAge;
        resetCodeLifetime = resetCodeLifetime == null ? Duration.ofMinutes(10) : resetCodeLifetime;
        resetCodeAttempts = resetCodeAttempts == null ? 5 : resetCodeAttempts;
        resetCodesPerHourPerContact = resetCodesPerHourPerContact == null ? 3 : resetCodesPerHourPerContact;
        resetRequestsPerHourPerAddress = resetRequestsPerHourPerAddress == null ? 10 : resetRequestsPerHourPerAddress;
    }

    /**
     * Failures one address may make against one name before it must wait: one fewer than locks the account, so
     * that a single address can never lock somebody else out.
     */
    public int failuresPerAddressAndName() {
        return Math.max(1, maxFailedLogins - 1);
    }
}
