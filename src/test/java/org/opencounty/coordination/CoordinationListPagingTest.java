package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.opencounty.TimeMachine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Circulars (通报) and inspection rounds (督查) are chosen, counted and cut into pages in SQL, in the lists' order, for
 * the same readers as before: the center sees every one of the site, a unit's staff those addressed to (inspecting) their
 * unit and the units below it. A page reads only its own circulars or rounds, so it costs the same however long the
 * list grows.
 */
class CoordinationListPagingTest extends IntegrationTest {

    @Autowired
    TimeMachine time;

    private static final String TREE = """
            with recursive tree(id) as (select unit_id from account where username = :who
                union all select u.id from unit u join tree t on u.parent_id = t.id)
            """;

    private List<Long> circulars(String who) {
        return jdbc.sql(TREE + """
                select c.id from coord_circular c where c.site_id = (select site_id from account where username = :who)
                and (:center or exists (select 1 from coord_circular_recipient r where r.circular_id = c.id and r.unit_id in (select id from tree)))
                order by c.id desc""").param("who", who).param("center", who.equals("center")).query(Long.class).list();
    }

    private List<Long> rounds(String who) {
        return jdbc.sql(TREE + """
                select i.id from coord_inspection i where i.site_id = (select site_id from account where username = :who)
                and (:center or exists (select 1 from coord_inspection_unit u where u.inspection_id = i.id and u.unit_id in (select id from tree)))
                order by i.period_from desc, i.id desc""").param("who", who).param("center", who.equals("center")).query(Long.class).list();
    }

    private ResultActions list(String path, String token, int page, int size) throws Exception {
        return mvc.perform(get(path).param("page", String.valueOf(page)).param("size", String.valueOf(size)).header("Authorization", bearer(token)));
    }

    private static List<Long> ids(ResultActions result, String idPath) throws Exception {
        List<Number> ids = JsonPath.read(result.andReturn().getResponse().getContentAsString(), idPath);
        return ids.stream().map(Number::longValue).toList();
    }

    private void draftCircular(String token) throws Exception {
        mvc.perform(post("/api/v1/circulars/draft").header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":{\"assessment\":\"2026\"}}")).andExpect(status().isCreated());
    }

    @Test
    void eachReaderPagesThroughTheirOwnCircularsAndRoundsInTheListsOrder() throws Exception {
        String center = tokenFor("center");
        draftCircular(center);
        draftCircular(center);
        draftCircular(center);
        for (String who : new String[] {"center", "officer1", "leader1", "officer2"}) {
            String token = tokenFor(who);
            record Listed(String path, String idPath, List<Long> expected) {
            }
            for (Listed listed : List.of(new Listed("/api/v1/circulars", "$.items[*].id", circulars(who)),
                    new Listed("/api/v1/inspections", "$.items[*].id", rounds(who)))) {
                List<Long> expected = listed.expected();
                int size = 2;
                int last = Math.max(1, (expected.size() + size - 1) / size);
                for (int n = 1; n <= last; n++) {
                    ResultActions result = list(listed.path(), token, n, size).andExpect(status().isOk())
                            .andExpect(jsonPath("$.total").value(expected.size())).andExpect(jsonPath("$.page").value(n))
                            .andExpect(jsonPath("$.size").value(size));
                    assertThat(ids(result, listed.idPath())).as("%s %s page %d", who, listed.path(), n)
                            .isEqualTo(expected.subList(Math.min(expected.size(), (n - 1) * size), Math.min(expected.size(), n * size)));
                }
                assertThat(ids(list(listed.path(), token, last + 1, size), listed.idPath())).isEmpty();
                list(listed.path(), token, 0, size).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.page").exists());
                list(listed.path(), token, 10_001, size).andExpect(status().isBadRequest());
            }
        }
        assertThat(circulars("center").size()).isGreaterThan(2);
        assertThat(circulars("center")).containsAll(circulars("officer1"));
        String citizen = tokenFor("citizen1");
        list("/api/v1/circulars", citizen, 1, 2).andExpect(status().isForbidden());
        list("/api/v1/inspections", citizen, 1, 2).andExpect(status().isForbidden());
    }

    @Test
    void aPageCostsTheSameHoweverLongTheListGrows() throws Exception {
        String center = tokenFor("center");
        draftCircular(center);
        int before = StatementCounter.count(() -> list("/api/v1/circulars", center, 1, 1).andExpect(status().isOk()));
        draftCircular(center);
        draftCircular(center);
        List<StatementCounter.Executed> after = StatementCounter.record(() -> list("/api/v1/circulars", center, 1, 1).andExpect(status().isOk()));
        assertThat(after).as(after.toString()).hasSize(before);
        int rows = after.stream().filter(s -> s.sql().contains("from coord_circular c where")).mapToInt(StatementCounter.Executed::rows).sum();
        // The page's one circular and the count's one row.
        assertThat(rows).as(after.toString()).isEqualTo(2);

        createRound(center, "分页督查一");
        int roundsBefore = StatementCounter.count(() -> list("/api/v1/inspections", center, 1, 1).andExpect(status().isOk()));
        createRound(center, "分页督查二");
        createRound(center, "分页督查三");
        List<StatementCounter.Executed> rounds = StatementCounter.record(() -> list("/api/v1/inspections", center, 1, 1).andExpect(status().isOk()));
        assertThat(rounds).as(rounds.toString()).hasSize(roundsBefore);
        assertThat(rounds.stream().filter(s -> s.sql().contains("from coord_inspection i where")).mapToInt(StatementCounter.Executed::rows).sum())
                .as(rounds.toString()).isEqualTo(2);
    }

    /** A round of two units with a finding at each, so that a reader of one unit sees one unit and its finding. */
    private void roundWithFindings(String name) throws Exception {
        InspectionApi rounds = new InspectionApi(mvc);
        String supervisor = tokenFor("supervisor");
        long round = rounds.created(tokenFor("center"), InspectionApi.round(name, "\"market\",\"balikun-zhen\""));
        rounds.finding(supervisor, round, "market", 5);
        rounds.finding(supervisor, round, "balikun-zhen", 5);
    }

    @Test
    void aFullPageIsBuiltInAFixedNumberOfStatementsAndEachRowIsAsItsOwnPageShowsIt() throws Exception {
        String center = tokenFor("center");
        var page = sessionOf("center");
        draftCircular(center);
        roundWithFindings("整页督查");
        List<StatementCounter.Action> requests = List.of(
                () -> list("/api/v1/circulars", center, 1, 50).andExpect(status().isOk()),
                () -> list("/api/v1/inspections", center, 1, 50).andExpect(status().isOk()),
                () -> mvc.perform(get("/admin/circulars").session(page)).andExpect(status().isOk()),
                () -> mvc.perform(get("/admin/inspections").session(page)).andExpect(status().isOk()));
        for (StatementCounter.Action request : requests) {
            request.run();   // what is kept between requests is warm
        }
        List<Integer> few = new ArrayList<>();
        for (StatementCounter.Action request : requests) {
            few.add(StatementCounter.count(request));
        }
        for (int i = 0; i < 3; i++) {
            draftCircular(center);
            roundWithFindings("整页督查" + i);
        }
        for (int i = 0; i < requests.size(); i++) {
            List<StatementCounter.Executed> more = StatementCounter.record(requests.get(i));
            assertThat(more).as("request %d: %s", i, more).hasSize(few.get(i));
        }
        assertThat(rounds("officer2").size()).isGreaterThan(3);
        for (String who : new String[] {"center", "officer1", "officer2"}) {
            String token = tokenFor(who);
            for (String path : List.of("/api/v1/circulars", "/api/v1/inspections")) {
                String json = list(path, token, 1, 50).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                List<Object> items = JsonPath.read(json, "$.items");
                for (int i = 0; i < items.size(); i++) {
                    Object row = items.get(i);
                    long id = ((Number) JsonPath.read(json, "$.items[" + i + "].id")).longValue();
                    Object alone = JsonPath.read(mvc.perform(get(path + "/" + id).header("Authorization", bearer(token))).andExpect(status().isOk())
                            .andReturn().getResponse().getContentAsString(), "$");
                    assertThat(row).as("%s %s %d", who, path, id).isEqualTo(alone);
                }
            }
        }
    }

    @Test
    void theInspectionCardsCostTheSameHoweverManyRoundsAndCountTheOverdueFindingsAsTheListDoes() throws Exception {
        roundWithFindings("看板督查");
        var center = sessionOf("center");
        var officer = sessionOf("officer1");
        List<StatementCounter.Action> dashboards = List.of(() -> mvc.perform(get("/admin").session(center)).andExpect(status().isOk()),
                () -> mvc.perform(get("/admin").session(officer)).andExpect(status().isOk()));
        List<Integer> few = new ArrayList<>();
        for (StatementCounter.Action dashboard : dashboards) {
            dashboard.run();   // what is kept between requests is warm
            few.add(StatementCounter.count(dashboard));
        }
        for (int i = 0; i < 3; i++) {
            roundWithFindings("看板督查" + i);
        }
        for (int i = 0; i < dashboards.size(); i++) {
            List<StatementCounter.Executed> more = StatementCounter.record(dashboards.get(i));
            assertThat(more).as("dashboard %d: %s", i, more).hasSize(few.get(i));
        }
        try {
            time.travelTo(LocalDate.of(2026, 9, 1));
            List<Number> counts = JsonPath.read(list("/api/v1/inspections", tokenFor("center"), 1, 50).andReturn().getResponse()
                    .getContentAsString(), "$.items[*].counts.OVERDUE");
            long overdue = counts.stream().mapToLong(Number::longValue).sum();
            assertThat(rounds("center").size()).isLessThanOrEqualTo(50);
            assertThat(overdue).isGreaterThanOrEqualTo(8);
            mvc.perform(get("/admin").session(sessionOf("center"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<strong id=\"findings-overdue\">" + overdue + "</strong>")));
        } finally {
            time.reset();
        }
    }

    private void createRound(String token, String name) throws Exception {
        mvc.perform(post("/api/v1/inspections").header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"from\":\"2026-07-01\",\"to\":\"2026-07-10\",\"units\":[\"market\"],"
                        + "\"checklist\":[{\"title\":\"信息公开\"}]}")).andExpect(status().isCreated());
    }

    @Test
    void theBackOfficesListsLinkTheirPagesAndBringAnOldNumberIntoRange() throws Exception {
        var center = sessionOf("center");
        mvc.perform(get("/admin/circulars").param("page", "999999").session(center)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/circulars/" + circulars("center").get(circulars("center").size() - 1))));
        mvc.perform(get("/admin/inspections").param("page", "0").session(center)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/inspections/" + rounds("center").get(0))));
    }
}
