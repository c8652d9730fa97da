package org.opencounty.coordination.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
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
        return jdbc.sql("select unit_id from coord_inspection_unit where inspection_id = :i").param("i", inspectionId)
                .query(Long.class).list();
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

    /** The rounds that inspect any of the units. */
    public List<Long> roundsOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct inspection_id from coord_inspection_unit where unit_id in (:units)").param("units", unitIds)
                .query(Long.class).list();
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
