package org.opencounty.supervision.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.opencounty.applications.CaseSignal;
import org.opencounty.applications.CaseSignals;
import org.opencounty.supervision.SignalType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One case's signals for its page. The applications module asks through {@link CaseSignals} and has already
 * decided that the reader may see them; the unique (application_id, type) constraint is the index this reads.
 */
@Repository
class CaseSignalReads implements CaseSignals {

    private final JdbcClient jdbc;

    CaseSignalReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseSignal> of(long applicationId) {
        return jdbc.sql("""
                        select type, issued_on, detail, acknowledged_by, acknowledged_at
                        from supervision_signal where application_id = :id
                        order by issued_on, id""")
                .param("id", applicationId)
                .query((rs, n) -> {
                    SignalType type = SignalType.valueOf(rs.getString("type"));
                    Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
                    return new CaseSignal(type.name(), type.label(), rs.getObject("issued_on", LocalDate.class), rs.getString("detail"),
                            rs.getString("acknowledged_by"), acknowledgedAt == null ? null : acknowledgedAt.toInstant());
                })
                .list();
    }
}
