package org.opencounty.coordination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The matrix's reads: every unit's state on every task of a site in one statement, as plain rows (the exports), and the
 * task page's counts and one page of cells counted and cut in SQL (a county ×10 has 56,000 cells).
 */
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
                .param("site", siteId).query(TaskReads::cell).list();
    }

    private static Cell cell(ResultSet rs, int n) throws SQLException {
        Timestamp reported = rs.getTimestamp("reported_at");
        Timestamp fulfilled = rs.getTimestamp("fulfilled_at");
        return new Cell(rs.getLong("task_id"), rs.getLong("unit_id"), rs.getString("state"), rs.getBoolean("written"),
                reported == null ? null : reported.toInstant(), fulfilled == null ? null : fulfilled.toInstant());
    }

    /**
     * Each cell's state in SQL, the rule of {@code UnitTaskState.of} (kept in step with it by TaskMatrixCountsTest):
     * done on time or late by the fulfilled moment against the end of the deadline day in Beijing time, else overdue
     * from that end, else by the report's place in the chain.
     */
    private static final String CELLS = """
            cells as (
                select tu.task_id, tu.unit_id,
                       case when tu.fulfilled_at is not null then
                                case when tu.fulfilled_at < (t.deadline + 1)::timestamp at time zone 'Asia/Shanghai'
                                     then 'DONE_ON_TIME' else 'DONE_LATE' end
                            when :now >= (t.deadline + 1)::timestamp at time zone 'Asia/Shanghai' then 'OVERDUE'
                            when t.fulfilment = 'CONDITION' then 'IN_PROGRESS'
                            when tu.working_revision_id is null and tu.live_revision_id is null then 'NOT_STARTED'
                            when tu.state in ('PENDING_LEADER', 'PENDING_CENTER', 'RETURNED') then tu.state
                            else 'IN_PROGRESS' end as state
                from coord_task_unit tu
                join coord_task t on t.id = tu.task_id
                join shown s on s.unit_id = tu.unit_id
                where tu.site_id = :site and t.site_id = :site)""";

    /** The units a reader sees in the order they are listed, as a Postgres array literal with their places. */
    private static final String SHOWN = "shown(unit_id, n) as (select * from unnest(cast(:units as bigint[])) with ordinality)";

    /** The matrix's rows: the units (of {@code units}, in order) with a cell, and with a cell in {@code state} unless it is empty. */
    private static final String ROWS = """
            rows as (
                select unit_id,
                       count(*) filter (where state in ('DONE_ON_TIME', 'DONE_LATE')) as done,
                       count(*) filter (where state = 'OVERDUE') as overdue
                from cells group by unit_id
                having :state = '' or bool_or(state = :state))""";

    /** The matrix counted: cells by state over its rows, and how many rows there are. */
    public record Counted(Map<String, Long> byState, long rows) {
    }

    public record RowTotals(long unitId, int done, int overdue) {
    }

    public record StateCount(long taskId, String state, long count) {
    }

    public record PageCell(long taskId, long unitId, String state) {
    }

    public long taskCount(long siteId, List<Long> units) {
        return jdbc.sql("with " + SHOWN + """
                         select count(*) from coord_task t where t.site_id = :site
                         and exists (select 1 from coord_task_unit tu join shown s on s.unit_id = tu.unit_id where tu.task_id = t.id)""")
                .param("site", siteId).param("units", array(units)).query(Long.class).single();
    }

    public List<Long> taskPage(long siteId, List<Long> units, int offset, int limit) {
        return jdbc.sql("with " + SHOWN + """
                         select t.id from coord_task t where t.site_id = :site
                         and exists (select 1 from coord_task_unit tu join shown s on s.unit_id = tu.unit_id where tu.task_id = t.id)
                         order by t.deadline desc, t.id desc offset :offset limit :limit""")
                .param("site", siteId).param("units", array(units)).param("offset", offset).param("limit", limit)
                .query(Long.class).list();
    }

    /** The units' states on the given tasks, counted by task and state. */
    public List<StateCount> taskCounts(long siteId, List<Long> units, Collection<Long> taskIds, Instant now) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("with " + SHOWN + ", " + CELLS + " select task_id, state, count(*) from cells where task_id in (:tasks) group by task_id, state")
                .param("site", siteId).param("units", array(units)).param("now", now.atOffset(ZoneOffset.UTC)).param("tasks", taskIds)
                .query((rs, n) -> new StateCount(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    public Counted counted(long siteId, List<Long> units, String state, Instant now) {
        Map<String, Long> byState = new HashMap<>();
        long[] rows = {0};
        jdbc.sql("with " + SHOWN + ", " + CELLS + ", " + ROWS + """
                         select c.state, count(*), (select count(*) from rows) from cells c join rows r on r.unit_id = c.unit_id
                         group by c.state""")
                .param("site", siteId).param("units", array(units)).param("now", now.atOffset(ZoneOffset.UTC)).param("state", state)
                .query(rs -> {
                    byState.put(rs.getString(1), rs.getLong(2));
                    rows[0] = rs.getLong(3);
                });
        return new Counted(byState, rows[0]);
    }

    public List<RowTotals> rowPage(long siteId, List<Long> units, String state, Instant now, int offset, int limit) {
        return jdbc.sql("with " + SHOWN + ", " + CELLS + ", " + ROWS + """
                         select r.unit_id, r.done, r.overdue from rows r join shown s on s.unit_id = r.unit_id
                         order by s.n offset :offset limit :limit""")
                .param("site", siteId).param("units", array(units)).param("now", now.atOffset(ZoneOffset.UTC)).param("state", state)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new RowTotals(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    /** The cells of the page: its units on its tasks. */
    public List<PageCell> pageCells(long siteId, List<Long> units, Collection<Long> taskIds, Instant now) {
        if (units.isEmpty() || taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("with " + SHOWN + ", " + CELLS + " select task_id, unit_id, state from cells where task_id in (:tasks)")
                .param("site", siteId).param("units", array(units)).param("now", now.atOffset(ZoneOffset.UTC)).param("tasks", taskIds)
                .query((rs, n) -> new PageCell(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    /** Of the site's tasks, those with a cell of any of {@code units} ({@code null}: every one), for the API's count and page. */
    private static final String LISTED = " from coord_task t where t.site_id = :site and (cast(:all as boolean)"
            + " or exists (select 1 from coord_task_unit tu where tu.task_id = t.id and tu.unit_id = any(cast(:units as bigint[]))))";

    public long listedCount(long siteId, List<Long> units) {
        return jdbc.sql("select count(*)" + LISTED).param("site", siteId).param("all", units == null)
                .param("units", array(units == null ? List.of() : units)).query(Long.class).single();
    }

    /** A page of the tasks {@link #listedCount} counts, newest deadline first. */
    public List<Long> listedPage(long siteId, List<Long> units, long offset, int limit) {
        return jdbc.sql("select t.id" + LISTED + " order by t.deadline desc, t.id desc offset :offset limit :limit").param("site", siteId)
                .param("all", units == null).param("units", array(units == null ? List.of() : units))
                .param("offset", offset).param("limit", limit).query(Long.class).list();
    }

    /** The cells of the given tasks at the given units, in the order they were made (a page's tasks: not the whole site). */
    public List<Cell> cellsOf(long siteId, Collection<Long> taskIds, List<Long> units) {
        if (taskIds.isEmpty() || units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select task_id, unit_id, state, working_revision_id is not null or live_revision_id is not null as written,
                               reported_at, fulfilled_at
                        from coord_task_unit where site_id = :site and task_id in (:tasks) and unit_id = any(cast(:units as bigint[]))
                        order by id""")
                .param("site", siteId).param("tasks", taskIds).param("units", array(units)).query(TaskReads::cell).list();
    }

    /** How many tasks the unit has not fulfilled yet, of every year (the dashboard's figure). */
    public long openCount(long siteId, long unitId) {
        return jdbc.sql("select count(*) from coord_task_unit where site_id = :site and unit_id = :unit and fulfilled_at is null")
                .param("site", siteId).param("unit", unitId).query(Long.class).single();
    }

    /** The unit's first {@code limit} unfulfilled cells, newest deadline first, as the unit's task list orders them. */
    public List<Cell> openCells(long siteId, long unitId, int limit) {
        return jdbc.sql("""
                        select tu.task_id, tu.unit_id, tu.state, tu.working_revision_id is not null or tu.live_revision_id is not null as written,
                               tu.reported_at, tu.fulfilled_at
                        from coord_task_unit tu join coord_task t on t.id = tu.task_id
                        where tu.site_id = :site and tu.unit_id = :unit and tu.fulfilled_at is null
                        order by t.deadline desc, t.id desc limit :limit""")
                .param("site", siteId).param("unit", unitId).param("limit", limit).query(TaskReads::cell).list();
    }

    /** How many cells of the units are overdue now, over every task of the site (the center's dashboard). */
    public long overdue(long siteId, List<Long> units, Instant now) {
        return jdbc.sql("with " + SHOWN + ", " + CELLS + " select count(*) from cells where state = 'OVERDUE'")
                .param("site", siteId).param("units", array(units)).param("now", now.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
