package org.opencounty.audit;

import java.time.Instant;
import java.util.List;
import org.opencounty.audit.internal.AuditStore;
import org.opencounty.common.Actor;
import org.opencounty.common.Actors;
import org.opencounty.common.web.ClientAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Entries join the caller's transaction, so a change and its audit line
 * are committed together or not at all.
 */
@Service
public class AuditLog {

    private final AuditStore store;

    AuditLog(AuditStore store) {
        this.store = store;
    }

    /** Records an action of the current actor (or "anonymous"), with the current request's client address. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String target, AuditResult result, String details) {
        Actor actor = Actors.current().orElse(null);
        record(actor == null ? "anonymous" : actor.username(),
                actor == null || actor.unitCode() == null ? "" : actor.unitCode(),
                action, target, result, details);
    }

    /** Records an action of a named actor, e.g. a login attempt before anyone is authenticated. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String unitCode, String action, String target, AuditResult result, String details) {
        store.append(actor, unitCode, action, target, result, ClientAddress.current(), details);
    }

    /** Records in a transaction of its own, for attempts that fail and roll back everything else. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(String actor, String unitCode, String action, String target, AuditResult result, String details) {
        store.append(actor, unitCode, action, target, result, ClientAddress.current(), details);
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return store.verify();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(String actor, String action, Instant before, int limit) {
        return store.latest(actor, action, before, limit);
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.count();
    }
}
