package org.opencounty.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.opencounty.common.DomainException;
import org.springframework.stereotype.Component;

/**
 * How many messages one client address (per hour) and one account (per day) may leave, after the login throttle's
 * pattern: counts in memory in sliding windows on the platform's clock. Enough to stop a script, never noticed by a
 * person who writes a few messages.
 */
@Component
public class RateLimits {

    /** 429: too many messages from one address or account. */
    public static class TooManyMessages extends DomainException {
        TooManyMessages(String message) {
            super("TOO_MANY_MESSAGES", message, Map.of());
        }

        @Override
        public int status() {
            return 429;
        }
    }

    private final Map<String, Deque<Instant>> windows = new HashMap<>();
    private final InteractionSettings settings;
    private final Clock clock;

    RateLimits(InteractionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts one message from the address (and account, if signed in), or refuses it when either is over its limit. */
    synchronized void admit(String address, Long accountId) {
        Instant now = clock.instant();
        String byAddress = "a:" + address;
        String byAccount = accountId == null ? null : "u:" + accountId;
        if (count(byAddress, now, Duration.ofHours(1)) >= settings.messagesPerAddressPerHour()) {
            throw new TooManyMessages("提交过于频繁，请一小时后再试");
        }
        if (byAccount != null && count(byAccount, now, Duration.ofDays(1)) >= settings.messagesPerAccountPerDay()) {
            throw new TooManyMessages("今日留言次数已达上限，请明日再试");
        }
        windows.computeIfAbsent(byAddress, key -> new ArrayDeque<>()).addLast(now);
        if (byAccount != null) {
            windows.computeIfAbsent(byAccount, key -> new ArrayDeque<>()).addLast(now);
        }
    }

    /** The counts expire by the platform's clock, which stands still in tests: each test starts from none. */
    public synchronized void forgetAll() {
        windows.clear();
    }

    private int count(String key, Instant now, Duration window) {
        Deque<Instant> times = windows.get(key);
        if (times == null) {
            return 0;
        }
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
        return times.size();
    }
}
