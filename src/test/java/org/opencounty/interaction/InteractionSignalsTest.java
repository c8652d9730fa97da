package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.supervision.SupervisionSweep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The supervision sweep flags messages near their limit, past it, and unanswered long before the three months of the veto. */
class InteractionSignalsTest extends IntegrationTest {

    @Autowired
    TimeMachine time;

    @Autowired
    WorkingDays calendar;

    @Autowired
    SupervisionSweep sweep;

    @Autowired
    RateLimits rateLimits;

    @BeforeEach
    @AfterEach
    void clean() {
        time.reset();
        rateLimits.forgetAll();
    }

    @Test
    void aMessageIsSignalledNearDueOverdueAndLongUnansweredOnceEach() throws Exception {
        LocalDate asked = LocalDate.now(time);
        String body = mvc.perform(post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"CONSULT\",\"unit\":\"market\",\"title\":\"营业执照\",\"content\":\"如何办理？\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        LocalDate due = calendar.dueDate(asked, 5, Region.XJ).dueDate();

        sweep.sweep(asked);
        assertThat(types(id)).doesNotContain("NEAR_DUE", "OVERDUE");
        sweep.sweep(calendar.dueDate(asked, 4, Region.XJ).dueDate());
        assertThat(types(id)).contains("NEAR_DUE").doesNotContain("OVERDUE");
        sweep.sweep(due.plusDays(1));
        sweep.sweep(due.plusDays(2));
        assertThat(types(id)).containsOnlyOnce("OVERDUE").doesNotContain("LONG_UNANSWERED");
        sweep.sweep(asked.plusDays(45));
        assertThat(types(id)).contains("LONG_UNANSWERED");

        mvc.perform(get("/api/v1/supervision/interaction-signals").header("Authorization", bearer(tokenFor("leader1"))))
                .andExpect(jsonPath("$.items[?(@.subjectId == " + id + ")].type").value(hasItem("LONG_UNANSWERED")));
        mvc.perform(get("/api/v1/supervision/interaction-signals").header("Authorization", bearer(tokenFor("leader2"))))
                .andExpect(jsonPath("$.items[?(@.subjectId == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/supervision/interaction-signals").header("Authorization", bearer(tokenFor("handler1"))))
                .andExpect(status().isForbidden());
    }

    private java.util.List<String> types(long id) {
        return jdbc.sql("select type from supervision_interaction_signal where kind = 'MESSAGE' and subject_id = :id").param("id", id)
                .query(String.class).list();
    }
}
