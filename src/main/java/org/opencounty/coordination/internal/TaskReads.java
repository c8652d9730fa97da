package org.opencounty.coordination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The matrix's reads: every unit's state on every task of a site in one statement, as plain rows. */
@Repository
public class TaskReads {

    /** A unit's part of a task as the matrix needs it; {@code written} whether a report was ever written. */
    public record Cell(long taskId, long unitId, String state, boolean written, Instant reportedAt, Instant fulfilledAt) {
    }

    private final JdbcClient jdbc;

    TaskReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Cell> cells(long siteId) {
        return jdbc.sql("""
                        select task_id, unit_id, state, working_revision_id is not null or live_revision_id is not null as written,
                               reported_at, fulfilled_at
                        from coord_task_unit where site_id = :site""")
                .param("site", siteId)
                .query((rs, n) -> {
                    Timestamp reported = rs.getTimestamp("reported_at");
                    Timestamp fulfilled = rs.getTimestamp("fulfilled_at");
                    return new Cell(rs.getLong("task_id"), rs.getLong("unit_id"), rs.getString("state"), rs.getBoolean("written"),
                            reported == null ? null : reported.toInstant(), fulfilled == null ? null : fulfilled.toInstant());
                }).list();
    }
}
