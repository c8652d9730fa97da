package org.opencounty.coordination.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The snapshot a closed year keeps, written once (a trigger refuses changes). */
@Repository
public class AssessmentStore {

    /** One unit's line of a closed year: its total, its rank in its kind and the whole score as JSON. */
    public record SnapshotRow(long unitId, BigDecimal total, int rank, String detail) {
    }

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void snapshot(long yearId, SnapshotRow row) {
        jdbc.sql("insert into assess_snapshot (year_id, unit_id, total, rank, detail) values (:year, :unit, :total, :rank, :detail)")
                .param("year", yearId).param("unit", row.unitId()).param("total", row.total()).param("rank", row.rank())
                .param("detail", row.detail()).update();
    }

    public List<SnapshotRow> snapshots(long yearId) {
        return rows(yearId, null);
    }

    /** One unit's line of the closed year, without reading the other units' (each carries its whole score). */
    public Optional<SnapshotRow> snapshot(long yearId, long unitId) {
        return rows(yearId, unitId).stream().findFirst();
    }

    private List<SnapshotRow> rows(long yearId, Long unitId) {
        return jdbc.sql("select unit_id, total, rank, detail from assess_snapshot where year_id = :year"
                        + " and (cast(:unit as bigint) is null or unit_id = :unit) order by unit_id")
                .param("year", yearId).param("unit", unitId)
                .query((rs, n) -> new SnapshotRow(rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3), rs.getString(4))).list();
    }
}
