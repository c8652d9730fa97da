package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The tasks API is chosen, counted and cut into pages in SQL, for the same readers as when it was cut in memory: the
 * center sees every task of the site with every unit, a unit's staff the tasks issued to their unit or the units below
 * it with only those units. A page, one unit's page and the dashboards cost the same however many tasks there are.
 */
class TaskListPagingTest extends IntegrationTest {

    private static final int PER_PAGE = 50;

    private static final String TREE = """
            with recursive tree(id) as (select unit_id from account where username = :who
                union all select u.id from unit u join tree t on u.parent_id = t.id)
            """;

    /** The readers and the unit whose own list each asks for. */
    private static final Map<String, String> READERS = Map.of("center", "balikun-zhen", "officer1", "market", "leader1", "market",
            "officer2", "balikun-zhen");

    /** Adds {@code n} tasks due on {@code deadline}, each issued to the units named, as plain rows (quicker than the API). */
    private void addTasks(int n, String deadline, String... units) {
        jdbc.sql("""
                        with t as (insert into coord_task (site_id, title, deadline, fulfilment, issued_by, issued_at)
                                   select a.site_id, '分页任务' || g, cast(:deadline as date), 'REPORT', 'center', now()
                                   from account a, generate_series(1, :n) g where a.username = 'center' returning id, site_id)
                        insert into coord_task_unit (task_id, site_id, unit_id, state, created_by, created_at, updated_at)
                        select t.id, t.site_id, u.id, 'DRAFT', 'center', now(), now()
                        from t join unit u on u.site_id = t.site_id and u.code in (:units) order by t.id, u.code""")
                .param("deadline", deadline).param("n", n).param("units", List.of(units)).update();
    }

    /** What the list cut in memory showed {@code who}: the tasks, newest deadline first. */
    private List<Long> tasks(String who, String unit) {
        return jdbc.sql(TREE + """
                select t.id from coord_task t where t.site_id = (select site_id from account where username = :who)
                and (:center or exists (select 1 from coord_task_unit tu where tu.task_id = t.id and tu.unit_id in (select id from tree)))
                and (:unit = '' or exists (select 1 from coord_task_unit tu join unit u on u.id = tu.unit_id
                                           where tu.task_id = t.id and u.code = :unit))
                order by t.deadline desc, t.id desc""")
                .param("who", who).param("center", who.equals("center")).param("unit", unit).query(Long.class).list();
    }

    /** The units of a task {@code who} saw, in the order they were issued. */
    private List<String> units(String who, long task) {
        return jdbc.sql(TREE + """
                select u.code from coord_task_unit tu join unit u on u.id = tu.unit_id
                where tu.task_id = :task and (:center or tu.unit_id in (select id from tree)) order by tu.id""")
                .param("who", who).param("center", who.equals("center")).param("task", task).query(String.class).list();
    }

    private ResultActions list(String token, String query) throws Exception {
        return mvc.perform(get("/api/v1/tasks" + query).header("Authorization", bearer(token)));
    }

    private static String json(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static List<Long> ids(String json) {
        List<Number> ids = JsonPath.read(json, "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private static long sum(Map<String, Number> counts) {
        return counts.values().stream().mapToLong(Number::longValue).sum();
    }

    @Test
    void eachReaderPagesThroughTheTasksAndUnitsTheyAlwaysSaw() throws Exception {
        addTasks(30, "2027-03-01", "market");
        addTasks(30, "2027-02-01", "balikun-zhen");
        addTasks(5, "2027-03-01", "market", "balikun-zhen");
        for (String who : READERS.keySet()) {
            String token = tokenFor(who);
            for (String unit : List.of("", READERS.get(who))) {
                List<Long> expected = tasks(who, unit);
                int last = Math.max(1, (expected.size() + PER_PAGE - 1) / PER_PAGE);
                assertThat(expected.size()).as(who).isGreaterThan(0);
                for (int n = 1; n <= last; n++) {
                    String query = "?page=" + n + (unit.isEmpty() ? "" : "&unit=" + unit);
                    String json = json(list(token, query).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(expected.size()))
                            .andExpect(jsonPath("$.page").value(n)).andExpect(jsonPath("$.size").value(PER_PAGE)));
                    List<Long> page = ids(json);
                    assertThat(page).as("%s %s", who, query)
                            .isEqualTo(expected.subList((n - 1) * PER_PAGE, Math.min(expected.size(), n * PER_PAGE)));
                    for (int i = 0; i < page.size(); i++) {
                        List<String> shown = JsonPath.read(json, "$.items[" + i + "].units[*].unit");
                        List<String> seen = units(who, page.get(i));
                        assertThat(shown).as("%s %s task %d", who, query, page.get(i)).isEqualTo(unit.isEmpty() ? seen : List.of(unit));
                        // The counts are of every unit of the task the reader sees, also in one unit's list.
                        assertThat(sum(JsonPath.read(json, "$.items[" + i + "].counts"))).isEqualTo(seen.size());
                    }
                }
                list(token, "?page=" + (last + 1) + (unit.isEmpty() ? "" : "&unit=" + unit)).andExpect(status().isOk())
                        .andExpect(jsonPath("$.items.length()").value(0)).andExpect(jsonPath("$.total").value(expected.size()));
            }
            list(token, "?page=0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.page").exists());
        }
        assertThat(tasks("officer2", "")).hasSizeLessThan(tasks("center", "").size()).doesNotContainAnyElementsOf(tasks("officer1", "").subList(5, 35));
        list(tokenFor("officer2"), "?unit=market").andExpect(status().isForbidden());
        list(tokenFor("citizen1"), "").andExpect(status().isForbidden());
    }

    /** The statements of one request and the rows they read. */
    private record Cost(int statements, int rows, List<StatementCounter.Executed> executed) {

        static Cost of(StatementCounter.Action action) throws Exception {
            List<StatementCounter.Executed> executed = StatementCounter.record(action);
            return new Cost(executed.size(), executed.stream().mapToInt(StatementCounter.Executed::rows).sum(), executed);
        }
    }

    private List<Cost> costs(String center, String officer, MockHttpSession centerPage, MockHttpSession officerPage) throws Exception {
        List<Cost> costs = new ArrayList<>();
        costs.add(Cost.of(() -> list(center, "").andExpect(status().isOk())));
        costs.add(Cost.of(() -> list(officer, "").andExpect(status().isOk())));
        costs.add(Cost.of(() -> list(officer, "?unit=market").andExpect(status().isOk())));
        costs.add(Cost.of(() -> mvc.perform(get("/admin").session(centerPage)).andExpect(status().isOk())));
        costs.add(Cost.of(() -> mvc.perform(get("/admin").session(officerPage)).andExpect(status().isOk())));
        return costs;
    }

    @Test
    void aPageAndTheDashboardsCostTheSameHoweverManyTasksThereAre() throws Exception {
        String center = tokenFor("center");
        String officer = tokenFor("officer1");
        MockHttpSession centerPage = sessionOf("center");
        MockHttpSession officerPage = sessionOf("officer1");
        costs(center, officer, centerPage, officerPage);   // the first requests warm what is kept between requests
        addTasks(3, "2027-03-01", "market");
        List<Cost> few = costs(center, officer, centerPage, officerPage);
        addTasks(10, "2027-03-01", "market");
        List<Cost> more = costs(center, officer, centerPage, officerPage);
        assertSameCost(few, more, 0);
        // Once the first page is full (of tasks issued to one unit each), more tasks read no more rows for it, nor for
        // either dashboard: the unit's card reads its first open tasks and counts the rest in SQL.
        addTasks(60, "2027-03-01", "market");
        List<Cost> full = costs(center, officer, centerPage, officerPage);
        addTasks(20, "2027-03-01", "market");
        addTasks(20, "2025-06-01", "market");
        fulfil("market");
        addTasks(20, "2026-02-01", "market");
        List<Cost> fuller = costs(center, officer, centerPage, officerPage);
        assertSameCost(full, fuller, 5);
    }

    /** Marks every task of the unit fulfilled on time, as years of finished tasks are. */
    private void fulfil(String unit) {
        jdbc.sql("""
                update coord_task_unit tu set fulfilled_at = (t.deadline - 1)::timestamp at time zone 'Asia/Shanghai'
                from coord_task t, unit u where t.id = tu.task_id and u.id = tu.unit_id and u.code = :unit and tu.fulfilled_at is null""")
                .param("unit", unit).update();
    }

    /** The unit's open tasks as its card listed them from every task of the unit: newest deadline first. */
    private List<Long> open(String unit) {
        return jdbc.sql("""
                select t.id from coord_task t join coord_task_unit tu on tu.task_id = t.id join unit u on u.id = tu.unit_id
                where u.code = :unit and tu.fulfilled_at is null order by t.deadline desc, t.id desc""")
                .param("unit", unit).query(Long.class).list();
    }

    @Test
    void aUnitsCardShowsItsFirstOpenTasksAndCountsTheRest() throws Exception {
        addTasks(12, "2025-05-01", "market");
        fulfil("market");
        addTasks(4, "2026-11-01", "market");
        addTasks(9, "2026-12-20", "market");
        List<Long> open = open("market");
        String page = mvc.perform(get("/admin").session(sessionOf("officer1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher figure = Pattern.compile("<strong id=\"tasks-open\">(\\d+)</strong>").matcher(page);
        assertThat(figure.find()).as(page).isTrue();
        assertThat(Long.parseLong(figure.group(1))).isEqualTo(open.size());
        Matcher entry = Pattern.compile("href=\"/admin/tasks/(\\d+)/units/market\"").matcher(page);
        List<Long> shown = new ArrayList<>();
        while (entry.find()) {
            shown.add(Long.parseLong(entry.group(1)));
        }
        assertThat(shown).isEqualTo(open.subList(0, 8));
    }

    /** The same statements request by request, and the same rows for the first {@code sameRows} requests. */
    private static void assertSameCost(List<Cost> before, List<Cost> after, int sameRows) {
        for (int i = 0; i < before.size(); i++) {
            Cost cost = after.get(i);
            assertThat(cost.statements()).as("request %d: %s", i, cost.executed()).isEqualTo(before.get(i).statements());
            if (i < sameRows) {
                assertThat(cost.rows()).as("request %d: %s", i, cost.executed()).isEqualTo(before.get(i).rows());
            }
        }
    }

    @Test
    void theCentersDashboardCountsTheOverdueUnitsAsTheListDoes() throws Exception {
        addTasks(7, "2026-01-05", "market", "balikun-zhen");
        addTasks(55, "2027-03-01", "market");
        String center = tokenFor("center");
        long overdue = 0;
        for (int n = 1; n <= tasks("center", "").size() / PER_PAGE + 1; n++) {
            List<Number> counts = JsonPath.read(json(list(center, "?page=" + n)), "$.items[*].counts.OVERDUE");
            overdue += counts.stream().mapToLong(Number::longValue).sum();
        }
        assertThat(overdue).isGreaterThanOrEqualTo(14);
        String page = mvc.perform(get("/admin").session(sessionOf("center"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher figure = Pattern.compile("<strong id=\"tasks-overdue\">(\\d+)</strong>").matcher(page);
        assertThat(figure.find()).as(page).isTrue();
        assertThat(Long.parseLong(figure.group(1))).isEqualTo(overdue);
    }
}
