package org.opencounty.accounts;

import java.time.Clock;
import java.time.Instant;
import org.opencounty.accounts.internal.AttemptWindow;
import org.springframework.stereotype.Component;

/**
 * Slows guessing before any account lock can: an address that failed too often (against one name, or against
 * any) waits out the lock duration. Each attempt is counted before the password is checked and taken back when it
 * succeeds, so that parallel attempts cannot slip past the count. Names that belong to nobody are "locked" like
 * real accounts, so that a lock does not tell which names exist.
 */
@Component
public class LoginThrottle {

    private final AttemptWindow byAddress;
    private final AttemptWindow byAddressAndName;
    private final AttemptWindow unknownNames;
    private final SecuritySettings settings;
    private final Clock clock;

    LoginThrottle(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.byAddress = new AttemptWindow(settings.lockDuration());
        this.byAddressAndName = new AttemptWindow(settings.lockDuration());
        this.unknownNames = new AttemptWindow(settings.lockDuration());
    }

    /** Counts the attempt in advance; false when the address must wait. */
    synchronized boolean admit(String address, String name) {
        Instant now = clock.instant();
        String pair = pair(address, name);
        if (byAddress.count(address, now) >= settings.loginFailuresPerAddress()
                || byAddressAndName.count(pair, now) >= settings.failuresPerAddressAndName()) {
            return false;
        }
        byAddress.add(address, now);
        byAddressAndName.add(pair, now);
        return true;
    }

    synchronized void succeeded(String address, String name) {
        byAddress.removeLatest(address);
        byAddressAndName.clear(pair(address, name));
    }

    /**
     * Forgets every attempt counted: the counts live in memory and expire by the platform's clock, which stands still in
     * tests, so each test starts from none.
     */
    public synchronized void forgetAll() {
        byAddress.clearAll();
        byAddressAndName.clearAll();
        unknownNames.clearAll();
    }

    /** Counts a failure against a name that has no account; true when a real account would now be locked. */
    boolean failUnknown(String name) {
        Instant now = clock.instant();
        unknownNames.add(name, now);
        return unknownNames.count(name, now) >= settings.maxFailedLogins();
    }

    private static String pair(String address, String name) {
        return address + "\n" + name;
    }
}
