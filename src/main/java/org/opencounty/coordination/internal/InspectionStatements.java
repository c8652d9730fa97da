package org.opencounty.coordination.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.coordination.FindingReminder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inspections' set-based statements: a round's scope, and the sweep's overdue marks and reminders. */
@Repository
public class InspectionStatements {

    private final JdbcClient jdbc;

    InspectionStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void scope(long inspectionId, Collection<Long> unitIds) {
        for (long unitId : unitIds) {
            jdbc.sql("insert into coord_inspection_unit (inspection_id, unit_id) values (:i, :u) on conflict do nothing")
                    .param("i", inspectionId).param("u", unitId).update();
        }
    }

    /** The units a round inspects. */
    public List<Long> scopeOf(long inspectionId) {
        return scopeOf(List.of(inspectionId)).getOrDefault(inspectionId, List.of());
    }

    /** The units of several rounds (a list's page) in one statement, by round. */
    public Map<Long, List<Long>> scopeOf(Collection<Long> inspectionIds) {
        Map<Long, List<Long>> scopes = new HashMap<>();
        if (inspectionIds.isEmpty()) {
            return scopes;
        }
        jdbc.sql("select inspection_id, unit_id from coord_inspection_unit where inspection_id in (:i)").param("i", inspectionIds)
                .query(rs -> {
                    scopes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
                });
        return scopes;
    }

    /** Of the site's rounds, those inspecting any of {@code units} ({@code null}: every one), for a list's count and page. */
    private static final String LISTED = " from coord_inspection i where i.site_id = :site and (cast(:all as boolean)"
            + " or exists (select 1 from coord_inspection_unit u where u.inspection_id = i.id and u.unit_id in (:units)))";

    public long listedCount(long siteId, Collection<Long> units) {
        return jdbc.sql("select count(*)" + LISTED).param("site", siteId).param("all", units == null)
                .param("units", units == null || units.isEmpty() ? List.of(-1L) : units).query(Long.class).single();
    }

    /** A page of the rounds {@link #listedCount} counts, latest period first. */
    public List<Long> listedPage(long siteId, Collection<Long> units, long offset, int limit) {
        return jdbc.sql("select i.id" + LISTED + " order by i.period_from desc, i.id desc offset :offset limit :limit").param("site", siteId)
                .param("all", units == null).param("units", units == null || units.isEmpty() ? List.of(-1L) : units)
                .param("offset", offset).param("limit", limit).query(Long.class).list();
    }

    /**
     * How many findings are overdue now (not rectified by the end of their due day, Beijing time: {@code FindingState.of})
     * at units of their round's scope, of {@code units} ({@code null}: every unit), over every round of the site.
     */
    public long overdue(long siteId, Collection<Long> units, Instant now) {
        return jdbc.sql("""
                        select count(*) from coord_finding f
                        join coord_inspection i on i.id = f.inspection_id
                        join coord_inspection_unit s on s.inspection_id = f.inspection_id and s.unit_id = f.unit_id
                        join unit u on u.id = f.unit_id and u.site_id = i.site_id
                        where i.site_id = :site and f.rectified_at is null
                        and :now >= (f.due_date + 1)::timestamp at time zone 'Asia/Shanghai'
                        and (cast(:all as boolean) or f.unit_id in (:units))""")
                .param("site", siteId).param("now", now.atOffset(ZoneOffset.UTC)).param("all", units == null)
                .param("units", units == null || units.isEmpty() ? List.of(-1L) : units).query(Long.class).single();
    }

    /**
     * Marks every finding not closed by the end of its due day (Beijing time) overdue as of that moment, once; returns how
     * many became overdue.
     */
    public int markOverdue(LocalDate today) {
        return jdbc.sql("""
                        update coord_finding set overdue_at = (due_date + 1)::timestamp at time zone 'Asia/Shanghai'
                        where overdue_at is null and closed_at is null and due_date < :today""")
                .param("today", today).update();
    }

    /** As the tasks' reminders: BEFORE when due between today and {@code remindUntil}, AFTER once overdue; each once. */
    public int remind(LocalDate today, LocalDate remindUntil, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into coord_finding_reminder (finding_id, site_id, unit_id, kind, issued_on, issued_at)
                        select f.id, f.site_id, f.unit_id, case when f.due_date < :today then 'AFTER' else 'BEFORE' end, :today, :now
                        from coord_finding f
                        where f.closed_at is null and f.due_date <= :until
                        on conflict (finding_id, kind) do nothing""")
                .param("today", today).param("until", remindUntil).param("now", now).update();
    }

    /** The reminders of findings still open at the units, newest first. */
    public List<FindingReminder> reminders(Collection<Long> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select f.inspection_id, f.id, i.name, f.problem, f.due_date, u.code, u.name, r.kind, r.issued_on
                        from coord_finding_reminder r
                        join coord_finding f on f.id = r.finding_id
                        join coord_inspection i on i.id = f.inspection_id
                        join unit_directory u on u.id = r.unit_id
                        where r.unit_id in (:units) and f.closed_at is null
                        order by r.issued_at desc, r.id desc limit :limit""")
                .param("units", unitIds).param("limit", limit)
                .query((rs, n) -> new FindingReminder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class)))
                .list();
    }
}
