package org.opencounty.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Recent attempts per key within a sliding window, kept in memory. Callers that must check and count
 * several keys as one step synchronise on their own instance; each method here is atomic on its own.
 */
public final class AttemptWindow {

    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> attempts = new HashMap<>();
    private final Duration window;

    public AttemptWindow(Duration window) {
        this.window = window;
    }

    /** Attempts of the key within the window before {@code now}. */
    public synchronized int count(String key, Instant now) {
        Deque<Instant> recent = attempts.get(key);
        if (recent == null) {
            return 0;
        }
        dropOld(recent, now);
        return recent.size();
    }

    public synchronized void add(String key, Instant now) {
        if (attempts.size() > PRUNE_ABOVE) {
            attempts.values().removeIf(deque -> {
                dropOld(deque, now);
                return deque.isEmpty();
            });
        }
        attempts.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }

    /** Counts an attempt unless the key has already used up its limit; false when refused. */
    public synchronized boolean tryAdd(String key, int limit, Instant now) {
        if (count(key, now) >= limit) {
            return false;
        }
        add(key, now);
        return true;
    }

    /** Takes back the latest attempt, e.g. one counted in advance that turned out to succeed. */
    public synchronized void removeLatest(String key) {
        Deque<Instant> recent = attempts.get(key);
        if (recent != null) {
            recent.pollLast();
        }
    }

    public synchronized void clearAll() {
        attempts.clear();
    }

    public synchronized void clear(String key) {
        attempts.remove(key);
    }

    private void dropOld(Deque<Instant> recent, Instant now) {
        Instant oldest = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
            recent.pollFirst();
        }
    }
}
