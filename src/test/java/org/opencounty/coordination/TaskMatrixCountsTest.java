package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.opencounty.TimeMachine;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.units.UnitKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task page counts the matrix's cells in SQL and reads only the page's cells: its counts and rows are those of the
 * full matrix the exports read cell by cell (the state rule in SQL agrees with {@link UnitTaskState#of}), for every
 * filter, reader and moment; and what it reads does not grow with the county.
 */
class TaskMatrixCountsTest extends IntegrationTest {

    @Autowired
    TimeMachine time;
    @Autowired
    TaskQueries queries;

    @AfterEach
    void backToNow() {
        time.reset();
    }

    @Test
    void thePagesCountsAndRowsAreTheFullMatrixsForEveryFilterReaderAndMoment() throws Exception {
        TaskApi api = new TaskApi(mvc);
        String center = tokenFor("center");
        long open = api.issued(center, TaskApi.order("计数：报送中", "2026-07-20", "\"market\",\"balikun-zhen\""));
        api.act(tokenFor("officer1"), open, "market", "report", "{\"text\":\"已报送。\"}").andExpect(status().isOk());
        api.issued(center, "{\"title\":\"计数：乡镇任务\",\"deadline\":\"2026-08-01\",\"unitKinds\":[\"TOWNSHIP\"]}");
        long done = api.issued(center, TaskApi.order("计数：已完成", "2026-07-16", "\"market\""));
        api.act(tokenFor("officer1"), done, "market", "report", "{\"text\":\"已完成。\"}").andExpect(status().isOk());
        long returned = api.issued(center, TaskApi.order("计数：退回", "2026-07-30", "\"market\""));
        api.act(tokenFor("officer1"), returned, "market", "report", "{\"text\":\"初稿。\"}").andExpect(status().isOk());
        api.act(tokenFor("leader1"), returned, "market", "report/approve", null).andExpect(status().isOk());
        api.act(center, returned, "market", "report/return", "{\"reason\":\"请补充。\"}").andExpect(status().isOk());
        time.travelTo(LocalDate.of(2026, 7, 18));
        api.act(tokenFor("leader1"), done, "market", "report/approve", null).andExpect(status().isOk());   // late: after the 16th

        // The last day of the first deadline, the day after it, and after every deadline.
        for (LocalDate day : List.of(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 3))) {
            time.travelTo(day);
            for (Actor reader : List.of(actor("egov-center", Role.CENTER_EDITOR), actor("market", Role.INFO_OFFICER))) {
                for (UnitKind kind : Stream.concat(Stream.of((UnitKind) null), Arrays.stream(UnitKind.values())).toList()) {
                    sameAsTheFullMatrix(reader, kind, null, day);
                }
                for (UnitTaskState state : UnitTaskState.values()) {
                    sameAsTheFullMatrix(reader, null, state, day);
                }
            }
        }
        TaskMatrix overdue = queries.overview(actor("egov-center", Role.CENTER_EDITOR), null, UnitTaskState.OVERDUE, 1, 1).matrix();
        assertThat(overdue.count(UnitTaskState.OVERDUE)).isPositive();
        assertThat(overdue.count(UnitTaskState.DONE_LATE)).isPositive();
    }

    private void sameAsTheFullMatrix(Actor reader, UnitKind kind, UnitTaskState state, LocalDate day) {
        String as = reader.unitCode() + " " + kind + " " + state + " on " + day;
        TaskMatrix full = queries.fullMatrix(reader, kind, state);
        int pages = Math.max(1, (full.tasks().size() + TaskQueries.MATRIX_COLUMNS - 1) / TaskQueries.MATRIX_COLUMNS);
        int unitPages = Math.max(1, (full.rows().size() + TaskQueries.MATRIX_ROWS - 1) / TaskQueries.MATRIX_ROWS);
        for (int page = 1; page <= pages; page++) {
            for (int unitPage = 1; unitPage <= unitPages; unitPage++) {
                TaskOverview overview = queries.overview(reader, kind, state, page, unitPage);
                TaskMatrix matrix = overview.matrix();
                assertThat(matrix.counts()).as(as).isEqualTo(full.counts());
                assertThat(matrix.pages()).as(as).isEqualTo(pages);
                assertThat(matrix.unitPages()).as(as).isEqualTo(unitPages);
                int firstTask = (page - 1) * TaskQueries.MATRIX_COLUMNS;
                int lastTask = Math.min(full.tasks().size(), page * TaskQueries.MATRIX_COLUMNS);
                assertThat(matrix.tasks().stream().map(Task::id).toList()).as(as)
                        .isEqualTo(full.tasks().subList(firstTask, lastTask).stream().map(Task::id).toList());
                List<TaskMatrix.Row> expected = new ArrayList<>();
                full.rows().subList((unitPage - 1) * TaskQueries.MATRIX_ROWS, Math.min(full.rows().size(), unitPage * TaskQueries.MATRIX_ROWS))
                        .forEach(row -> expected.add(new TaskMatrix.Row(row.unitCode(), row.unitName(), row.unitKind(),
                                row.cells().subList(firstTask, lastTask), row.done(), row.overdue())));
                assertThat(matrix.rows()).as(as).isEqualTo(expected);
                for (TaskDetail detail : kind == null && state == null ? overview.tasks() : List.<TaskDetail>of()) {
                    assertThat(detail.counts()).as(as + " task " + detail.task().id()).isEqualTo(queries.get(reader, detail.task().id()).counts());
                }
            }
        }
    }

    @Test
    void thePageReadsRowsBoundedByThePageNotByTheCounty() throws Exception {
        long site = jdbc.sql("select site_id from unit where code = 'egov-center'").query(Long.class).single();
        // Sixty tasks to every unit of the site, as the bench makes them: far more cells than a page has.
        jdbc.sql("""
                insert into coord_task (site_id, title, deadline, fulfilment, issued_by, issued_at)
                select :site, '规模任务' || n, date '2026-06-01' + n, 'REPORT', 'bench', now() from generate_series(1, 60) n""")
                .param("site", site).update();
        jdbc.sql("""
                insert into coord_task_unit (task_id, site_id, unit_id, state, created_by, created_at, updated_at)
                select t.id, :site, u.id, 'DRAFT', 'bench', now(), now() from coord_task t join unit u on u.site_id = t.site_id
                where t.issued_by = 'bench' and t.site_id = :site""")
                .param("site", site).update();
        long cells = jdbc.sql("select count(*) from coord_task_unit where site_id = :site").param("site", site).query(Long.class).single();
        int bound = TaskQueries.MATRIX_ROWS * TaskQueries.MATRIX_COLUMNS   // the page's cells
                + TaskQueries.MATRIX_COLUMNS * (UnitTaskState.values().length + 1)   // the page's tasks and their counts
                + UnitTaskState.values().length + TaskQueries.MATRIX_ROWS + 2   // the counts, the page's rows, the totals
                + 20;   // the reader's reminders
        assertThat(cells).isGreaterThan(2L * bound);

        var session = sessionOf("center");
        List<StatementCounter.Executed> executed = StatementCounter.record(() ->
                mvc.perform(get("/admin/tasks").session(session)).andExpect(status().isOk()));
        int read = executed.stream().filter(statement -> statement.sql().contains("coord_task")).mapToInt(StatementCounter.Executed::rows).sum();
        assertThat(read).as(executed.toString()).isLessThanOrEqualTo(bound);

        TaskMatrix page = queries.overview(actor("egov-center", Role.CENTER_EDITOR), null, null, 1, 1).matrix();
        assertThat(page.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(cells);
    }

    /** The sixty tasks would count against every unit's score in the tests that follow. */
    @AfterEach
    void withoutTheGeneratedTasks() {
        jdbc.sql("delete from coord_task_unit where created_by = 'bench'").update();
        jdbc.sql("delete from coord_task where issued_by = 'bench'").update();
    }

    private Actor actor(String unitCode, Role role) {
        return jdbc.sql("select id, code, name, site_id from unit where code = :code").param("code", unitCode)
                .query((rs, n) -> new Actor(0, "reader", "", Set.of(role), rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("site_id"))).single();
    }
}
