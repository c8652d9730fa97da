package org.opencounty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every few seconds that the embedded server's postmaster still runs, and has it started again when it
 * does not: without this a dead server left every request waiting on the pool and nothing recovered.
 */
final class ServerSupervisor extends Thread {

    private static final Logger log = LoggerFactory.getLogger(ServerSupervisor.class);

    private final Path dataDirectory;
    private final Duration every;
    private final Runnable restart;

    ServerSupervisor(Path dataDirectory, Duration every, Runnable restart) {
        super("embedded-postgres-supervisor");
        setDaemon(true);
        this.dataDirectory = dataDirectory;
        this.every = every;
        this.restart = restart;
    }

    @Override
    public void run() {
        Duration wait = every;
        while (!isInterrupted()) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
            if (running()) {
                wait = every;
                continue;
            }
            log.error("The embedded PostgreSQL in {} is not running; starting it again", dataDirectory);
            try {
                restart.run();
                wait = every;
            } catch (RuntimeException e) {
                log.error("Restarting the embedded PostgreSQL failed; trying again", e);
                // Backends of the killed server may still hold its shared memory for a moment.
                wait = every.multipliedBy(2);
            }
        }
    }

    private boolean running() {
        try {
            Optional<ProcessHandle> postmaster = LeftoverServer.postmaster(dataDirectory.resolve("postmaster.pid"));
            return postmaster.isPresent();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
