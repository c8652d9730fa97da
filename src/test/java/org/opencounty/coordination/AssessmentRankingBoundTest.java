package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.springframework.http.MediaType;

/**
 * An open year's ranking counts the facts by unit and kind in SQL: it reads as many statements, and as many rows of
 * tasks, with 3 late tasks a unit as with 60, and every unit's total and rank are those its score reckoned fact by fact
 * (the unit's page, which lists every deduction) gives. Year 2025, which no other test assesses.
 */
class AssessmentRankingBoundTest extends IntegrationTest {

    private static final int YEAR = 2025;

    /**
     * Adds {@code n} tasks due on {@code deadline} to every assessed unit: a third of the units fulfilled them three days
     * late, a third on time, the rest never, so that the units' deductions differ (and some reach their indicator's cap).
     */
    private void addTasks(int n, String deadline) {
        jdbc.sql("""
                        with t as (insert into coord_task (site_id, title, deadline, fulfilment, issued_by, issued_at)
                                   select a.site_id, '考核排名' || g, cast(:deadline as date), 'REPORT', 'center', now()
                                   from account a, generate_series(1, :n) g where a.username = 'center' returning id, site_id, deadline)
                        insert into coord_task_unit (task_id, site_id, unit_id, state, created_by, created_at, updated_at, fulfilled_at)
                        select t.id, t.site_id, u.id, 'DRAFT', 'center', now(), now(),
                               case u.id % 3 when 0 then (t.deadline + 3)::timestamp at time zone 'Asia/Shanghai'
                                             when 1 then (t.deadline - 1)::timestamp at time zone 'Asia/Shanghai' end
                        from t join unit u on u.site_id = t.site_id and u.kind in ('TOWNSHIP', 'FARM', 'DEPARTMENT')
                        order by t.id, u.id""")
                .param("deadline", deadline).param("n", n).update();
    }

    /** Adds a finding due in the year at every other assessed unit, not rectified (a deduction of its own kind). */
    private void addFindings() {
        jdbc.sql("""
                with i as (insert into coord_inspection (site_id, name, period_from, period_to, created_by, created_at)
                           select site_id, '排名督查', date '2025-01-01', date '2025-12-31', 'center', now() from account
                           where username = 'center' returning id, site_id),
                     it as (insert into coord_inspection_item (inspection_id, sort_order, title) select id, 1, '栏目更新' from i
                            returning id, inspection_id)
                insert into coord_finding (inspection_id, item_id, site_id, unit_id, problem, requirement, working_days, due_date, state,
                                           created_by, created_at, updated_at)
                select i.id, it.id, i.site_id, u.id, '未按期更新', '整改', 5, date '2025-05-01', 'DRAFT', 'center', now(), now()
                from i join it on it.inspection_id = i.id join unit u on u.site_id = i.site_id
                where u.kind in ('TOWNSHIP', 'FARM', 'DEPARTMENT') and u.id % 2 = 0""").update();
    }

    private String read(String token, String path) throws Exception {
        return mvc.perform(get("/api/v1/assessment/" + YEAR + path).header("Authorization", bearer(token))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The ranking as the API gives it, by unit: its total and rank. */
    private record Place(String kind, BigDecimal total, int rank) {
    }

    private Map<String, Place> ranking(String token) throws Exception {
        String json = read(token, "");
        List<Map<String, Object>> units = JsonPath.read(json, "$.units");
        Map<String, Place> places = new HashMap<>();
        units.forEach(u -> places.put((String) u.get("unit"), new Place((String) u.get("unitKind"),
                new BigDecimal(u.get("total").toString()), ((Number) u.get("rank")).intValue())));
        return places;
    }

    /** Each unit's total from its own score, fact by fact, and the competition rank among its kind from those totals. */
    private Map<String, Place> reference(String token, Map<String, Place> shown) throws Exception {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (String unit : shown.keySet()) {
            totals.put(unit, new BigDecimal(JsonPath.read(read(token, "/units/" + unit), "$.total").toString()));
        }
        Map<String, Place> places = new HashMap<>();
        shown.forEach((unit, place) -> places.put(unit, new Place(place.kind(), totals.get(unit), 1 + (int) shown.keySet().stream()
                .filter(other -> shown.get(other).kind().equals(place.kind()) && totals.get(other).compareTo(totals.get(unit)) > 0).count())));
        return places;
    }

    private static void assertSame(Map<String, Place> actual, Map<String, Place> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((unit, place) -> {
            assertThat(actual.get(unit).total()).as(unit).isEqualByComparingTo(place.total());
            assertThat(actual.get(unit).rank()).as(unit).isEqualTo(place.rank());
        });
    }

    private static int taskRows(List<StatementCounter.Executed> statements) {
        return statements.stream().filter(s -> s.sql().contains("from coord_task_unit")).mapToInt(StatementCounter.Executed::rows).sum();
    }

    @Test
    void anOpenYearsRankingCostsTheSameHoweverManyFactsAndRanksAsTheScoresFactByFact() throws Exception {
        String center = tokenFor("center");
        String json = read(tokenFor("admin"), "/scheme");
        Object bonus = JsonPath.<List<Object>>read(json, "$[?(@.rule=='BONUS')].id").getFirst();
        mvc.perform(post("/api/v1/assessment/" + YEAR + "/units/market/adjustments").header("Authorization", bearer(tokenFor("supervisor")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"indicator\":\"" + bonus + "\",\"points\":\"2.5\",\"reason\":\"排名测试\"}"))
                .andExpect(status().isOk());
        ranking(center);   // the first request warms what is kept between requests
        addTasks(1, "2025-03-01");
        addTasks(2, "2025-03-02");
        addFindings();
        List<StatementCounter.Executed> few = StatementCounter.record(() -> ranking(center));
        Map<String, Place> fewShown = ranking(center);
        assertThat(fewShown).hasSizeGreaterThan(3);
        assertSame(fewShown, reference(center, fewShown));
        addTasks(57, "2025-06-01");
        addFindings();
        List<StatementCounter.Executed> many = StatementCounter.record(() -> ranking(center));
        Map<String, Place> manyShown = ranking(center);
        assertSame(manyShown, reference(center, manyShown));
        assertThat(manyShown.values().stream().map(Place::total).distinct().count()).isGreaterThan(1);
        assertThat(many.size()).as(many.toString()).isEqualTo(few.size());
        assertThat(taskRows(many)).as(many.toString()).isEqualTo(taskRows(few));
    }
}
