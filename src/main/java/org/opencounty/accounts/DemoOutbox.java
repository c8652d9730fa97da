package org.opencounty.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's stand-in for an SMS or e-mail gateway: messages are kept in memory and shown on /demo/outbox, in demo
 * mode only. In production it delivers nothing and says so, until a real {@link CodeSender} is provided.
 */
@Component
public class DemoOutbox implements CodeSender {

    public record Sent(Instant at, Channel channel, String recipient, String text) {
    }

    private static final int KEEP = 200;

    private final Deque<Sent> sent = new ArrayDeque<>();
    private final boolean demo;
    private final Clock clock;

    DemoOutbox(@Value("${opencounty.mode:demo}") String mode, Clock clock) {
        this.demo = "demo".equalsIgnoreCase(mode);
        this.clock = clock;
    }

    @Override
    public synchronized void send(Message message) {
        if (!demo) {
            throw new IllegalStateException("no SMS or e-mail gateway is configured");
        }
        sent.addFirst(new Sent(clock.instant(), message.channel(), message.recipient(), message.text()));
        while (sent.size() > KEEP) {
            sent.removeLast();
        }
    }

    @Override
    public boolean available() {
        return demo;
    }

    /** Newest first; empty outside demo mode. */
    public synchronized List<Sent> messages() {
        return List.copyOf(sent);
    }
}
