package org.opencounty.audit;

import java.time.Instant;
import java.util.List;
import org.opencounty.audit.internal.AuditCheckpoints;
import org.opencounty.audit.internal.AuditStore;
import org.opencounty.common.Actor;
import org.opencounty.common.Actors;
import org.opencounty.common.ConflictException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.common.web.ClientAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Entries join the caller's transaction, so a change and its audit line
 * are committed together or not at all. Callers that hold an {@link Actor} pass it; the platform's own
 * actions are recorded as {@link #SYSTEM}. Each entry belongs to its actor's site, and a site's
 * administrators and supervisors read only that site's entries.
 */
@Service
public class AuditLog {

    /** The actor name of the platform's own actions (start-up loads, scheduled sweeps). */
    public static final String SYSTEM = "system";

    private final AuditStore store;
    private final AuditCheckpoints checkpoints;

    AuditLog(AuditStore store, AuditCheckpoints checkpoints) {
        this.store = store;
        this.checkpoints = checkpoints;
    }

    /** Records an action of the given actor, in their site, with the current request's client address. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Actor actor, String action, String target, AuditResult result, String details) {
        store.append(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(), actor.siteId(),
                action, target, result, ClientAddress.current(), details);
    }

    /** Records an action of the platform itself, for every site (no request, no person). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordSystem(String action, String target, AuditResult result, String details) {
        store.append(SYSTEM, "", null, action, target, result, ClientAddress.current(), details);
    }

    /**
     * Records an action of whoever is signed in on this request, or "anonymous". Only for callers that have
     * no {@link Actor} in hand (a request before authentication); a scheduled or asynchronous caller would be
     * recorded as anonymous, so those use {@link #record(Actor, String, String, AuditResult, String)} or {@link #recordSystem}.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String target, AuditResult result, String details) {
        Actor actor = Actors.current().orElse(null);
        if (actor != null) {
            record(actor, action, target, result, details);
        } else {
            record("anonymous", "", action, target, result, details);
        }
    }

    /** Records an action of a named actor, e.g. a login attempt before anyone is authenticated. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String unitCode, String action, String target, AuditResult result, String details) {
        store.append(actor, unitCode, null, action, target, result, ClientAddress.current(), details);
    }

    /** Records in a transaction of its own, for attempts that fail and roll back everything else. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(String actor, String unitCode, String action, String target, AuditResult result, String details) {
        store.append(actor, unitCode, null, action, target, result, ClientAddress.current(), details);
    }

    /**
     * Walks the whole chain (it is one for every site) and compares it with the last signed checkpoint, so
     * that deleting the newest entries is reported too. For the site's administrators and supervisors.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify(Actor reader, long siteId) {
        requireReader(reader, siteId);
        AuditVerification chain = store.verify();
        return checkpoints.latest().map(last -> chain.against(last, checkpoints.holds(last))).orElse(chain);
    }

    /**
     * Writes a checkpoint now (center administrators), after recording who asked, so that the request is
     * anchored too; refused when the log no longer reaches the last checkpoint (that one is kept).
     */
    @Transactional
    public AuditCheckpoint checkpoint(Actor actor, long siteId) {
        if (actor == null || !actor.has(Role.CENTER_ADMIN) || actor.siteId() != siteId) {
            throw new NotAllowedException("只有中心管理员可以写入审计检查点");
        }
        checkpoints.latest().filter(last -> !checkpoints.holds(last)).ifPresent(last -> {
            throw new ConflictException("AUDIT_TRUNCATED", "审计日志已不含上一检查点记录的第 " + last.lastId() + " 条，不能覆盖该检查点，请立即报告");
        });
        store.append(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(), actor.siteId(),
                "audit.checkpoint", "audit", AuditResult.SUCCESS, ClientAddress.current(), "");
        return checkpoints.write();
    }

    /** The last checkpoint written, if any. */
    public java.util.Optional<AuditCheckpoint> lastCheckpoint(Actor reader, long siteId) {
        requireReader(reader, siteId);
        return checkpoints.latest();
    }

    /** The newest entries of the reader's site, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(Actor reader, long siteId, String actor, String action, Instant before, int limit) {
        requireReader(reader, siteId);
        return store.latest(siteId, actor, action, before, limit);
    }

    /** The number of entries the reader's site holds (with the platform's own). */
    @Transactional(readOnly = true)
    public long count(Actor reader, long siteId) {
        requireReader(reader, siteId);
        return store.count(siteId);
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.count();
    }

    private static void requireReader(Actor reader, long siteId) {
        if (reader == null || (!reader.has(Role.CENTER_ADMIN) && !reader.has(Role.SUPERVISOR)) || reader.siteId() != siteId) {
            throw new NotAllowedException("只有本站的中心管理员和监察人员可以查看审计日志");
        }
    }
}
