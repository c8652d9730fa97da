package org.opencounty.accounts;

import java.time.Clock;
import java.time.Duration;
import org.opencounty.accounts.internal.AttemptWindow;
import org.springframework.stereotype.Component;

/** Limits citizens' self-registrations per client address per hour, against scripted sign-ups. */
@Component
public class RegistrationLimiter {

    private final AttemptWindow recent = new AttemptWindow(Duration.ofHours(1));
    private final SecuritySettings settings;
    private final Clock clock;

    RegistrationLimiter(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts an attempt from the address, refusing it when the address has used up its hour. */
    public void check(String clientAddress) {
        if (!recent.tryAdd(clientAddress, settings.registrationsPerHourPerAddress(), clock.instant())) {
            throw new TooManyAttemptsException("注册过于频繁，请稍后再试");
        }
    }
}
