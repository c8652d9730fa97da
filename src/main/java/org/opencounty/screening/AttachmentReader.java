package org.opencounty.screening;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads attachments for screening in a small pool of its own, so that however many are uploaded or submitted
 * at once only {@code readers} files are read at a time, each within {@link AttachmentLimits} and a hard
 * time limit. Callers must not hold a database transaction while they wait (issue 16.3: twelve slow reads
 * inside submit transactions exhausted the connection pool).
 */
@Component
public class AttachmentReader {

    private final AttachmentLimits limits;
    private final ExecutorService pool;

    AttachmentReader(@Value("${opencounty.screening.attachments.max-inflated:64MB}") DataSize maxInflated,
                     @Value("${opencounty.screening.attachments.max-parts:1000}") int maxParts,
                     @Value("${opencounty.screening.attachments.max-pages:500}") int maxPages,
                     @Value("${opencounty.screening.attachments.max-chars:2000000}") int maxChars,
                     @Value("${opencounty.screening.attachments.max-time:20s}") Duration maxTime,
                     @Value("${opencounty.screening.attachments.readers:2}") int readers) {
        this.limits = new AttachmentLimits(maxInflated.toBytes(), maxParts, maxPages, maxChars, maxTime);
        this.pool = Executors.newFixedThreadPool(Math.max(1, readers), Thread.ofPlatform().name("attachment-reader-", 0)
                .daemon(true).factory());
    }

    public AttachmentLimits limits() {
        return limits;
    }

    /** The reading of one file; a file that takes longer than the limit (queueing included) is not readable. */
    public AttachmentReading read(String filename, byte[] content) {
        Future<AttachmentReading> reading = pool.submit(() -> AttachmentText.read(filename, content, limits));
        try {
            return reading.get(limits.maxTime().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException tooLong) {
            reading.cancel(true);
            return AttachmentReading.unreadable(AttachmentText.TOO_LONG);
        } catch (ExecutionException failed) {
            return AttachmentReading.unreadable(AttachmentText.DAMAGED);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            reading.cancel(true);
            return AttachmentReading.unreadable(AttachmentText.TOO_LONG);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
