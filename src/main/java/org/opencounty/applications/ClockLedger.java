package org.opencounty.applications;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The suspensions and extensions of applications' clocks, in the order they happened. */
@Repository
class ClockLedger {

    private final JdbcClient jdbc;

    ClockLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LedgerEntry> of(long applicationId) {
        return jdbc.sql("select * from application_clock_entry where application_id = :id order by id").param("id", applicationId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The ledgers of several applications in one query, by application; an application without entries is left out. */
    Map<Long, List<LedgerEntry>> of(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<LedgerEntry>> ledgers = new HashMap<>();
        jdbc.sql("select * from application_clock_entry where application_id in (:ids) order by application_id, id")
                .param("ids", applicationIds)
                .query(rs -> {
                    ledgers.computeIfAbsent(rs.getLong("application_id"), id -> new ArrayList<>()).add(entry(rs));
                });
        return ledgers;
    }

    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("by_user"), rs.getString("reason"),
                rs.getString("legal_basis"), rs.getObject("from_date", java.time.LocalDate.class),
                rs.getObject("to_date", java.time.LocalDate.class), (Integer) rs.getObject("days"));
    }

    void suspend(long applicationId, String by, String reason, String legalBasis, java.time.LocalDate from) {
        jdbc.sql("""
                insert into application_clock_entry (application_id, kind, by_user, reason, legal_basis, from_date)
                values (:id, 'SUSPENSION', :by, :reason, :basis, :from)""")
                .param("id", applicationId).param("by", by).param("reason", reason).param("basis", legalBasis)
                .param("from", Date.valueOf(from)).update();
    }

    void resume(long applicationId, java.time.LocalDate to) {
        jdbc.sql("""
                update application_clock_entry set to_date = :to
                where application_id = :id and kind = 'SUSPENSION' and to_date is null""")
                .param("id", applicationId).param("to", Date.valueOf(to)).update();
    }

    void extend(long applicationId, String by, String reason, int days) {
        jdbc.sql("""
                insert into application_clock_entry (application_id, kind, by_user, reason, days)
                values (:id, 'EXTENSION', :by, :reason, :days)""")
                .param("id", applicationId).param("by", by).param("reason", reason).param("days", days).update();
    }
}
