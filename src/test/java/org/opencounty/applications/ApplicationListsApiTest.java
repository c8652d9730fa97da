package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The lists the pages show are in the API too: the applicant's own applications and the handler's queue. Both are
 * filtered, counted and cut into pages by the database: a page reads its own rows and a count, in the same few
 * statements however many applications there are.
 */
class ApplicationListsApiTest extends IntegrationTest {

    private static final String OPEN = "('SUBMITTED','CORRECTION_REQUESTED','ACCEPTED','APPROVED','DENIED')";

    @Test
    void anApplicantListsTheirOwnApplicationsNewestFirst() throws Exception {
        List<Long> expected = jdbc.sql("select a.id from application a join account c on c.id = a.applicant_account_id "
                + "where c.username = 'citizen1' order by a.id desc").query(Long.class).list();
        assertThat(expected).as("demo applications of citizen1").isNotEmpty();

        String body = mvc.perform(get("/api/v1/applications/mine").header("Authorization", bearer(tokenFor("citizen1"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(expected.size()))
                .andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.size").value(20))
                .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].id");
        assertThat(ids.stream().map(Number::longValue).toList()).isEqualTo(expected.stream().limit(20).toList());

        // Staff have no applications of their own; the list is empty, not somebody else's.
        mvc.perform(get("/api/v1/applications/mine").header("Authorization", bearer(tokenFor("handler1"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/applications/mine")).andExpect(status().isUnauthorized());
    }

    @Test
    void aHandlerListsTheOpenCasesOfTheirUnitAndItsSubordinateUnits() throws Exception {
        List<Long> expected = jdbc.sql("""
                with recursive tree(id) as (select id from unit where code = 'market'
                    union all select u.id from unit u join tree t on u.parent_id = t.id)
                select a.id from application a where a.unit_id in (select id from tree) and a.state in %s order by a.id desc
                """.formatted(OPEN)).query(Long.class).list();
        assertThat(expected).as("demo open cases of the market unit").isNotEmpty();

        String body = mvc.perform(get("/api/v1/applications/queue").header("Authorization", bearer(tokenFor("handler1"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(expected.size()))
                .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].id");
        assertThat(ids.stream().map(Number::longValue).toList()).isEqualTo(expected.stream().limit(20).toList());

        long all = jdbc.sql("select count(*) from application where state <> 'DRAFT' and site_id = (select site_id from unit where code = 'market')")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/applications/queue?open=false").header("Authorization", bearer(tokenFor("center"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(all));
    }

    @Test
    void theQueueIsForStaffOnly() throws Exception {
        mvc.perform(get("/api/v1/applications/queue").header("Authorization", bearer(tokenFor("citizen1"))))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").exists());
        mvc.perform(get("/api/v1/applications/queue")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/applications/queue?page=0").header("Authorization", bearer(tokenFor("handler1"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.page").exists());
    }

    private static final String SITE_CASES = "select id from application where state <> 'DRAFT' "
            + "and site_id = (select site_id from unit where code = 'market') order by id desc";

    private ResultActions list(String path, String token, int page) throws Exception {
        return mvc.perform(get(path).param("page", String.valueOf(page)).header("Authorization", bearer(token)));
    }

    private static List<Long> ids(ResultActions result) throws Exception {
        List<Number> ids = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void bothListsPageInTheListsOrderUpToTheLastPage() throws Exception {
        String citizen = tokenFor("citizen1");
        String center = tokenFor("center");
        record Case(String path, String token, List<Long> expected) {
        }
        for (Case c : List.of(
                new Case("/api/v1/applications/mine", citizen, jdbc.sql("select a.id from application a join account c on c.id = "
                        + "a.applicant_account_id where c.username = 'citizen1' order by a.id desc").query(Long.class).list()),
                new Case("/api/v1/applications/queue?open=false", center, jdbc.sql(SITE_CASES).query(Long.class).list()))) {
            assertThat(c.expected()).as("the demo's %s fill more than a page", c.path()).hasSizeGreaterThan(20);
            int last = (c.expected().size() + 19) / 20;
            for (int page = 1; page <= last; page++) {
                ResultActions result = list(c.path(), c.token(), page).andExpect(status().isOk())
                        .andExpect(jsonPath("$.total").value(c.expected().size())).andExpect(jsonPath("$.page").value(page))
                        .andExpect(jsonPath("$.size").value(20));
                assertThat(ids(result)).as("%s page %d", c.path(), page)
                        .isEqualTo(c.expected().subList((page - 1) * 20, Math.min(c.expected().size(), page * 20)));
            }
            assertThat(ids(list(c.path(), c.token(), last + 1).andExpect(jsonPath("$.total").value(c.expected().size())))).isEmpty();
            list(c.path(), c.token(), 10_001).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.page").exists());
            list(c.path(), c.token(), -1).andExpect(status().isBadRequest());
        }
    }

    @Test
    void aPageReadsItsOwnRowsInAFixedNumberOfStatements() throws Exception {
        String citizen = tokenFor("citizen1");
        String center = tokenFor("center");
        String staff = tokenFor("handler1");
        // Staff have no applications of their own: the same request with nothing to read.
        int empty = StatementCounter.count(() -> list("/api/v1/applications/mine", staff, 1).andExpect(status().isOk()));
        for (String[] c : new String[][] {{"/api/v1/applications/mine", citizen}, {"/api/v1/applications/queue?open=false", center}}) {
            List<StatementCounter.Executed> statements = StatementCounter.record(() -> list(c[0], c[1], 1).andExpect(status().isOk()));
            int rows = statements.stream().filter(s -> s.sql().contains("from application")).mapToInt(StatementCounter.Executed::rows).sum();
            // The page's twenty applications and the count's one row, not every application with its files and history.
            assertThat(rows).as(statements.toString()).isLessThanOrEqualTo(21);
            // A full page costs at most its count (and the queue the unit directory) more than an empty one: nothing is
            // read once a row.
            assertThat(statements).as(c[0]).hasSizeLessThanOrEqualTo(empty + (c[0].contains("queue") ? 2 : 1));
        }
    }

    @Test
    void thePagesLinkTheirPagesAndBringAnOldPageNumberIntoRange() throws Exception {
        var citizen = sessionOf("citizen1");
        mvc.perform(get("/account/applications").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/account/applications?page=2\" rel=\"next\">下一页")))
                .andExpect(content().string(not(containsString("上一页"))));
        long total = jdbc.sql("select count(*) from application a join account c on c.id = a.applicant_account_id "
                + "where c.username = 'citizen1'").query(Long.class).single();
        int last = (int) ((total + 19) / 20);
        long oldest = jdbc.sql("select min(a.id) from application a join account c on c.id = a.applicant_account_id "
                + "where c.username = 'citizen1'").query(Long.class).single();
        for (String page : new String[] {String.valueOf(last), "999999", String.valueOf(last + 1)}) {
            mvc.perform(get("/account/applications").param("page", page).session(citizen)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("第 " + last + " / " + last + " 页")))
                    .andExpect(content().string(containsString("href=\"/account/applications/" + oldest + "\"")))
                    .andExpect(content().string(containsString("rel=\"prev\">上一页")));
        }
        mvc.perform(get("/admin/applications").param("open", "false").param("page", "2").session(sessionOf("center")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/applications?open=false&amp;page=1\" rel=\"prev\">上一页")));
    }
}
