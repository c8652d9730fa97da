package org.opencounty.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A revision's and a case's times come from the application's clock, as the history's do: with the clock moved, the
 * rows written say the moved time, not the machine's.
 */
class RevisionTimesTest extends IntegrationTest {

    @Autowired
    TimeMachine time;

    @AfterEach
    void back() {
        time.reset();
    }

    @Test
    void anArticlesRevisionIsWrittenAtTheClocksTime() throws Exception {
        time.travelTo(LocalDate.of(2026, 3, 2));
        Instant created = time.instant();
        String officer = tokenFor("officer1");
        String body = mvc.perform(post("/api/v1/articles").header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"notices\",\"title\":\"时钟测试\",\"body\":\"<p>正文。</p>\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(times("article_revision", "article_id", id)).containsExactly(created, created);

        time.travel(Duration.ofHours(3));
        long version = ((Number) JsonPath.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/articles/" + id).header("Authorization", bearer(officer))).andReturn().getResponse().getContentAsString(),
                "$.version")).longValue();
        mvc.perform(put("/api/v1/articles/" + id).header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"notices\",\"title\":\"时钟测试（改）\",\"body\":\"<p>正文。</p>\",\"version\":" + version + "}"))
                .andExpect(status().isOk());
        assertThat(times("article_revision", "article_id", id)).containsExactly(created, time.instant());
    }

    @Test
    void aGuidesRevisionIsWrittenAtTheClocksTime() throws Exception {
        time.travelTo(LocalDate.of(2025, 11, 3));
        String body = mvc.perform(post("/api/v1/service-items").header("Authorization", bearer(tokenFor("officer1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"时钟测试事项","type":"01","target":"BOTH","handlingSection":"行政审批股",
                                 "conditions":["有固定的经营场所"],"statutoryLimitDays":20,"promisedLimitDays":5,"free":true,
                                 "materials":[{"name":"申请书","form":"ORIGINAL","medium":"PAPER","copies":1,"required":true}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(times("catalogue_revision", "entry_id", id)).containsExactly(time.instant(), time.instant());
    }

    /** The revision's created_at and updated_at; table and column are constants of the test. */
    private java.util.List<Instant> times(String table, String column, long id) {
        return jdbc.sql("select created_at, updated_at from " + table + " where " + column + " = :id order by id")
                .param("id", id)
                .query((rs, n) -> java.util.List.of(rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
                .single();
    }
}
