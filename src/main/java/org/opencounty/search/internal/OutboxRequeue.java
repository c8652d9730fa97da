package org.opencounty.search.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hibernate Search gives up on an outbox event after three tries 30 s apart (status ABORTED) and never tries it again,
 * so an OpenSearch outage longer than about a minute and a half would leave its changes out of the index for good.
 * Every minute, on one node, the given-up events are put back in the queue: an event names only the entity, which is
 * indexed as it is now, so a late or repeated event does no harm. While OpenSearch is still down they are given up
 * and put back again; once it answers they go through (docs/deploy.md, "OpenSearch").
 */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.coordination.strategy", havingValue = "outbox-polling")
class OutboxRequeue {

    private static final Logger log = LoggerFactory.getLogger(OutboxRequeue.class);

    private final JdbcClient jdbc;

    OutboxRequeue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${opencounty.search.outbox-requeue:PT1M}")
    @SchedulerLock(name = "search-outbox-requeue", lockAtMostFor = "PT5M")
    void requeue() {
        int requeued = jdbc.sql("""
                update hsearch_outbox_event set status = 'PENDING', retries = 0, process_after = now() where status = 'ABORTED'""").update();
        if (requeued > 0) {
            log.warn("{} search index changes had failed (OpenSearch not answering?); queued again", requeued);
        }
    }
}
