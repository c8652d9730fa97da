package org.opencounty.audit.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies the configured retention to the database guard. Network logs must be kept at least six months
 * (网络安全法 art. 21(3)), so a shorter setting is refused at start-up.
 */
@Component
class AuditRetention {

    static final int LEGAL_MINIMUM_DAYS = 180;

    private final JdbcClient jdbc;
    private final int retentionDays;

    AuditRetention(JdbcClient jdbc, @Value("${opencounty.audit.retention-days:180}") int retentionDays) {
        if (retentionDays < LEGAL_MINIMUM_DAYS) {
            throw new IllegalStateException("opencounty.audit.retention-days must be at least " + LEGAL_MINIMUM_DAYS);
        }
        this.jdbc = jdbc;
        this.retentionDays = retentionDays;
    }

    @EventListener(ApplicationStartedEvent.class)
    void apply() {
        jdbc.sql("update audit_policy set retention_days = :days where id = 1").param("days", retentionDays).update();
    }
}
