package org.opencounty.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.opencounty.audit.AuditEntry;
import org.opencounty.audit.AuditResult;
import org.opencounty.audit.AuditVerification;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditStore {

    /** Serialises appends so that each entry sees the hash of the one before it. */
    private static final long APPEND_LOCK = 0x0A0D17L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest entry and the number of entries, as a checkpoint records them. */
    public record Head(long lastId, String lastHash, long count) {
    }

    /**
     * Appends an entry at the time of the platform's clock.
     *
     * @param siteId the site the entry belongs to (the actor's); null for the platform's own entries
     */
    public void append(String actor, String unitCode, Long siteId, String action, String target, AuditResult result,
                       String clientAddress, String details) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", APPEND_LOCK).query((rs, n) -> 1).list();
        String prev = jdbc.sql("select hash from audit_entry order by id desc limit 1").query(String.class).optional()
                .orElse(AuditChain.GENESIS);
        // PostgreSQL keeps microseconds; hashing the stored precision keeps verification exact.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String safeTarget = truncate(target, 300);
        String safeDetails = details == null ? "" : details;
        String safeUnit = unitCode == null ? "" : unitCode;
        String safeClient = truncate(clientAddress, 64);
        String safeActor = truncate(actor, 64);
        String hash = AuditChain.hash(prev, at, safeActor, safeUnit, action, safeTarget, result, safeClient, safeDetails, siteId);
        jdbc.sql("""
                insert into audit_entry (at, actor, unit_code, action, target, result, client_address, details, prev_hash, hash, site_id)
                values (:at, :actor, :unit, :action, :target, :result, :client, :details, :prev, :hash, :site)""")
                .param("site", siteId)
                .param("at", Timestamp.from(at)).param("actor", safeActor).param("unit", safeUnit)
                .param("action", action).param("target", safeTarget).param("result", result.name())
                .param("client", safeClient).param("details", safeDetails).param("prev", prev).param("hash", hash)
                .update();
    }

    public AuditVerification verify() {
        var walk = new Object() {
            String expectedPrev = AuditChain.GENESIS;
            long checked;
            Long firstBroken;
        };
        jdbc.sql("select * from audit_entry order by id").query((RowCallbackHandler) rs -> {
            if (walk.firstBroken != null) {
                return;
            }
            AuditEntry entry = map(rs);
            walk.checked++;
            String recomputed = AuditChain.hash(entry.prevHash(), entry.at(), entry.actor(), entry.unitCode(), entry.action(),
                    entry.target(), entry.result(), entry.clientAddress(), entry.details(), entry.siteId());
            if (!entry.prevHash().equals(walk.expectedPrev) || !recomputed.equals(entry.hash())) {
                walk.firstBroken = entry.id();
            }
            walk.expectedPrev = entry.hash();
        });
        return new AuditVerification(walk.firstBroken == null, walk.checked, walk.firstBroken, null, false);
    }

    public Head head() {
        return jdbc.sql("select coalesce(max(id), 0) as last_id, count(*) as n from audit_entry").query((rs, n) -> {
            long lastId = rs.getLong("last_id");
            return new Head(lastId, hashOf(lastId).orElse(AuditChain.GENESIS), rs.getLong("n"));
        }).single();
    }

    public Optional<String> hashOf(long id) {
        return jdbc.sql("select hash from audit_entry where id = :id").param("id", id).query(String.class).optional();
    }

    /**
     * The newest entries of one site, newest first, with the entries that have no site: the platform's own
     * (the shipped calendar), attempts before anyone signed in, and entries written before sites were recorded.
     */
    public List<AuditEntry> latest(long siteId, String actor, String action, Instant before, int limit) {
        return jdbc.sql("""
                select * from audit_entry
                where (site_id = :site or site_id is null)
                  and (:actor = '' or actor = :actor)
                  and (:action = '' or action = :action)
                  and (cast(:before as timestamptz) is null or at < :before)
                order by id desc limit :limit""")
                .param("site", siteId).param("actor", actor == null ? "" : actor).param("action", action == null ? "" : action)
                .param("before", before == null ? null : Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> map(rs)).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    public long count(long siteId) {
        return jdbc.sql("select count(*) from audit_entry where site_id = :site or site_id is null")
                .param("site", siteId).query(Long.class).single();
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("unit_code"), rs.getString("action"), rs.getString("target"),
                AuditResult.valueOf(rs.getString("result")), rs.getString("client_address"), rs.getString("details"),
                rs.getString("prev_hash"), rs.getString("hash"), rs.getObject("site_id", Long.class));
    }

    private static String truncate(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
