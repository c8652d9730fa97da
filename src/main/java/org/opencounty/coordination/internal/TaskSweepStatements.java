package org.opencounty.coordination.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.opencounty.coordination.TaskReminder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coordination sweep's set-based statements: its lock, and the reminders issued once each. */
@Repository
public class TaskSweepStatements {

    /** Serialises sweeps across nodes, apart from supervision's lock. */
    private static final long SWEEP_LOCK = 0x434F4F5244L;

    private final JdbcClient jdbc;

    TaskSweepStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", SWEEP_LOCK).query((rs, n) -> 1).list();
    }

    /**
     * Reminds every unit still open on a task: BEFORE when its deadline is between today and {@code remindUntil}, AFTER
     * once the deadline has passed; each at most once. Returns how many were issued.
     */
    public int remind(LocalDate today, LocalDate remindUntil, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into coord_reminder (task_unit_id, site_id, unit_id, kind, issued_on, issued_at)
                        select tu.id, tu.site_id, tu.unit_id,
                               case when t.deadline < :today then 'AFTER' else 'BEFORE' end, :today, :now
                        from coord_task_unit tu join coord_task t on t.id = tu.task_id
                        where tu.fulfilled_at is null and t.deadline <= :until
                        on conflict (task_unit_id, kind) do nothing""")
                .param("today", today).param("until", remindUntil).param("now", now).update();
    }

    /** How many reminders {@link #reminders} would list without a limit. */
    public long reminderCount(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from coord_reminder r join coord_task_unit tu on tu.id = r.task_unit_id
                        where r.unit_id in (:units) and tu.fulfilled_at is null""")
                .param("units", unitIds).query(Long.class).single();
    }

    /** The reminders of units still open on their task, newest first. */
    public List<TaskReminder> reminders(Collection<Long> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.id, t.title, t.deadline, u.code, u.name, r.kind, r.issued_on
                        from coord_reminder r
                        join coord_task_unit tu on tu.id = r.task_unit_id
                        join coord_task t on t.id = tu.task_id
                        join unit_directory u on u.id = r.unit_id
                        where r.unit_id in (:units) and tu.fulfilled_at is null
                        order by r.issued_at desc, r.id desc limit :limit""")
                .param("units", unitIds).param("limit", limit)
                .query((rs, n) -> new TaskReminder(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
                .list();
    }
}
