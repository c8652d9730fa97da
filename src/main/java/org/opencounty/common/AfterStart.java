package org.opencounty.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the sweeps that catch up once after start (what came due while the platform was down) in a transaction of
 * their own, beside the platform's first seconds rather than before health says it is ready: the first of them made
 * repositories and parsed queries on the start's thread while the two cores were needed for getting healthy
 * (docs/adr/0030-start.md, fourth amendment). Nothing waits for them: the scheduled runs and by-hand sweeps do the
 * same work under the same locks. {@code opencounty.startup.sweeps-in-background=false} makes the start wait for
 * them (the tests do, so that a context's first request sees what they issue).
 */
@Component
public class AfterStart {

    private static final Logger log = LoggerFactory.getLogger(AfterStart.class);

    private final TransactionTemplate transaction;
    private final boolean inBackground;

    AfterStart(TransactionTemplate transaction, @Value("${opencounty.startup.sweeps-in-background:true}") boolean inBackground) {
        this.transaction = transaction;
        this.inBackground = inBackground;
    }

    /** Runs the sweep in a transaction: on a virtual thread of the given name, or on the caller's when set so. */
    public void sweep(String name, Runnable sweep) {
        if (!inBackground) {
            transaction.executeWithoutResult(status -> sweep.run());
            return;
        }
        Thread.ofVirtual().name(name).start(() -> {
            try {
                transaction.executeWithoutResult(status -> sweep.run());
            } catch (RuntimeException e) {
                // As a failed scheduled run: the next scheduled one tries again.
                log.error("The sweep after start ({}) failed; the next scheduled run tries again", name, e);
            }
        });
    }
}
