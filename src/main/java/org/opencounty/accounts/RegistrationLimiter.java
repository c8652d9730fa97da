package org.opencounty.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencounty.common.DomainException;
import org.springframework.stereotype.Component;

/** Limits citizens' self-registrations per client address per hour, against scripted sign-ups. */
@Component
public class RegistrationLimiter {

    public static class TooManyRegistrationsException extends DomainException {
        TooManyRegistrationsException() {
            super("TOO_MANY_REQUESTS", "注册过于频繁，请稍后再试", Map.of());
        }

        @Override
        public int status() {
            return 429;
        }
    }

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final SecuritySettings settings;
    private final Clock clock;

    RegistrationLimiter(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts an attempt from the address, refusing it when the address has used up its hour. */
    public void check(String clientAddress) {
        Instant now = clock.instant();
        if (attempts.size() > 10_000) {
            attempts.values().removeIf(deque -> isStale(deque, now));
        }
        Deque<Instant> recent = attempts.computeIfAbsent(clientAddress, address -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            if (recent.size() >= settings.registrationsPerHourPerAddress()) {
                throw new TooManyRegistrationsException();
            }
            recent.addLast(now);
        }
    }

    private static boolean isStale(Deque<Instant> deque, Instant now) {
        synchronized (deque) {
            return deque.isEmpty() || deque.peekLast().isBefore(now.minus(WINDOW));
        }
    }
}
