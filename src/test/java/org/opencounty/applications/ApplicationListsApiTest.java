package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;

/** The lists the pages show are in the API too: the applicant's own applications and the handler's queue. */
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
}
