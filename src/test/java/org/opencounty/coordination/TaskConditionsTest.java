package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Each kind of condition against the demo county's facts, checked at issue and by the sweep, with the moment it
 * became true: the profile's publication, the contacts registered, the articles published since the task began, the
 * guides complete, the extranet (no registry installed: unmet, and the page says so).
 */
class TaskConditionsTest extends IntegrationTest {

    @Autowired
    TimeMachine time;
    @Autowired
    TaskSweep sweep;

    private TaskApi api;

    @BeforeEach
    void api() {
        api = new TaskApi(mvc);
    }

    @AfterEach
    void backToNow() {
        time.reset();
    }

    private static String order(String unit, String fulfilment) {
        return "{\"title\":\"条件任务\",\"deadline\":\"2026-07-31\",\"units\":[\"" + unit + "\"],\"fulfilment\":" + fulfilment + "}";
    }

    /** A unit with no live service guide, so that "every guide complete" has nothing to hold for. */
    private String unitWithoutGuides() {
        return jdbc.sql("""
                select u.code from unit u where u.kind = 'TOWNSHIP' and u.site_id = (select id from site where is_default)
                and not exists (select 1 from published_entry e where e.unit_id = u.id and e.kind = 'ITEM') order by u.code limit 1""")
                .query(String.class).single();
    }

    static Stream<Arguments> atIssue() {
        return Stream.of(
                Arguments.of("market", "{\"condition\":\"PROFILE_PUBLISHED\"}", "DONE_ON_TIME"),
                Arguments.of("market", "{\"condition\":\"CONTACTS\",\"count\":1,\"role\":\"INFO_OFFICER\"}", "DONE_ON_TIME"),
                Arguments.of("market", "{\"condition\":\"CONTACTS\",\"count\":50,\"role\":\"INFO_OFFICER\"}", "IN_PROGRESS"),
                Arguments.of("market", "{\"condition\":\"ARTICLES\",\"count\":1,\"column\":\"news\"}", "IN_PROGRESS"),
                // The demo's extranet registry has the market authority connected since before the task.
                Arguments.of("market", "{\"condition\":\"EXTRANET_CONNECTED\"}", "DONE_ON_TIME"),
                Arguments.of(null, "{\"condition\":\"GUIDES_COMPLETE\"}", "IN_PROGRESS"));
    }

    @ParameterizedTest(name = "{1} for {0}: {2}")
    @MethodSource
    void atIssue(String unit, String fulfilment, String expected) throws Exception {
        // Other tests publish at the fixed clock's instant; the task begins an hour later, so theirs come before it.
        time.travel(java.time.Duration.ofHours(1));
        String code = unit == null ? unitWithoutGuides() : unit;
        long id = api.issued(tokenFor("center"), order(code, fulfilment));
        api.get(tokenFor("center"), id).andExpect(jsonPath("$.fulfilment").value("CONDITION"))
                .andExpect(jsonPath("$.units[0].state").value(expected));
        sweep.sweep();
        api.get(tokenFor("center"), id).andExpect(jsonPath("$.units[0].state").value(expected));
        api.act(tokenFor("officer1"), id, code, "report", "{\"text\":\"不需要报送\"}").andExpect(status().is(code.equals("market") ? 409 : 403));
    }

    @Test
    void aPublishedProfileCountsFromItsPublication() throws Exception {
        long id = api.issued(tokenFor("center"), order("market", "{\"condition\":\"PROFILE_PUBLISHED\"}"));
        Instant published = jdbc.sql("select profile_published_at from unit where code = 'market' and site_id = (select site_id from coord_task where id = ?)")
                .param(id).query(java.sql.Timestamp.class).single().toInstant();
        Instant fulfilled = jdbc.sql("select fulfilled_at from coord_task_unit where task_id = ?").param(id).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(fulfilled).isEqualTo(published);
    }

    @Test
    void articlesCountFromTheTaskOnAndTheNthPublicationIsTheMoment() throws Exception {
        time.travel(java.time.Duration.ofHours(1));
        long id = api.issued(tokenFor("center"), order("market", "{\"condition\":\"ARTICLES\",\"count\":1,\"column\":\"news\"}"));
        time.travelTo(LocalDate.of(2026, 7, 20));
        String created = mvc.perform(post("/api/v1/articles").header("Authorization", bearer(tokenFor("officer1"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"news\",\"title\":\"市场监管局开展食品安全检查\",\"body\":\"<p>本周开展了检查。</p>\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long article = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/articles/" + article + "/submit").header("Authorization", bearer(tokenFor("officer1")))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/articles/" + article + "/approve").header("Authorization", bearer(tokenFor("leader1")))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/articles/" + article + "/approve").header("Authorization", bearer(tokenFor("center")))).andExpect(status().isOk());
        time.travelTo(LocalDate.of(2026, 8, 3));
        sweep.sweep();
        api.get(tokenFor("center"), id).andExpect(jsonPath("$.units[0].state").value("DONE_ON_TIME"))
                .andExpect(jsonPath("$.units[0].fulfilledAt").value(containsString("2026-07-20T02:00")));
    }

    @Test
    void withTheExtranetRegistryTheConditionIsChecked() throws Exception {
        long id = api.issued(tokenFor("center"), order("market", "{\"condition\":\"EXTRANET_CONNECTED\"}"));
        api.get(tokenFor("center"), id).andExpect(jsonPath("$.conditionCheckable").value(true));
        mvc.perform(get("/admin/tasks/" + id).session(sessionOf("center"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("外网接入登记尚未安装"))));
    }
}
