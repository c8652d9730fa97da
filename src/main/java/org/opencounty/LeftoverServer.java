package org.opencounty;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server that a killed run left behind on the data directory. A PostgreSQL whose application was killed keeps
 * running and holds postmaster.pid, so the next start would fail: it is stopped (fast shutdown, then kill), and a pid
 * file whose process is gone, or is no PostgreSQL, is removed.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    /** The lock file the embedded library holds while its server runs for a live application. */
    private static final String LIBRARY_LOCK = "epg-lock";

    private LeftoverServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNoLiveOwner(dataDirectory);
        Optional<ProcessHandle> process = postmaster(pidFile);
        if (process.isEmpty()) {
            log.warn("Removing the stale {} (its server is gone)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle postmaster = process.get();
        log.warn("Stopping the PostgreSQL (pid {}) left running on {} by an earlier run", postmaster.pid(), dataDirectory);
        signal(postmaster, "INT");
        if (!waitForExit(postmaster, 30)) {
            postmaster.destroyForcibly();
            waitForExit(postmaster, 10);
        }
        // Its backends leave within moments of the postmaster; the new server refuses to start while any remains.
        for (ProcessHandle child : List.copyOf(postmaster.descendants().toList())) {
            waitForExit(child, 10);
        }
        Files.deleteIfExists(pidFile);
    }

    /** The postmaster named in the pid file if it still runs and is a PostgreSQL (pids are reused). */
    static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(command -> command.endsWith("postgres")).orElse(false));
    }

    /** Refuses to touch a server that another running application still uses. */
    private static void requireNoLiveOwner(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve(LIBRARY_LOCK);
        if (!Files.exists(lock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            var held = channel.tryLock();
            if (held == null) {
                throw new IllegalStateException("The data folder " + dataDirectory + " is in use by another running OpenCounty");
            }
            held.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // This application holds it: the supervisor is replacing its own dead server.
        }
    }

    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
