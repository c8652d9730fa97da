package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.calendar.Region;
import org.opencounty.supervision.SupervisionSweep;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 差评 whose 回访 and rectification are not done by their due date raises one FOLLOW_UP_OVERDUE signal in the
 * supervision module, however often the sweep runs; the signal list links back to the rating and shows it handled
 * as soon as the follow-up is closed (the next sweep records the day). One done in time raises none, nor does a good
 * rating.
 */
class RatingFollowUpSignalTest extends RatingTest {

    @Autowired
    SupervisionSweep sweep;

    private List<String> signals(long ratingId) {
        return jdbc.sql("select type || '/' || (handled_on is not null) from supervision_interaction_signal where kind = 'RATING' and subject_id = :id")
                .param("id", ratingId).query(String.class).list();
    }

    @Test
    void anOverdueFollowUpIsSignalledOnceAndHandledWhenClosed() throws Exception {
        LocalDate rated = LocalDate.now(time);
        RatingFixtures.Rated late = fixtures.bad("13999000201");
        RatingFixtures.Rated inTime = fixtures.bad("13999000202");
        RatingFixtures.Rated good = fixtures.rated("13999000203", "VERY_SATISFIED", 5, 5, 5);
        LocalDate due = calendar.dueDate(rated, 15, Region.XJ).dueDate();
        fixtures.act("handler1", "/api/v1/ratings/" + inTime.ratingId() + "/follow-up", "{\"note\":\"已电话回访\"}").andExpect(status().isOk());
        fixtures.act("handler1", "/api/v1/ratings/" + inTime.ratingId() + "/rectify", "{\"kind\":\"EXPLAINED\",\"note\":\"已向群众说明办理时限\"}")
                .andExpect(status().isOk());

        sweep.sweep(due);
        assertThat(signals(late.ratingId())).isEmpty();
        // 回访 recorded but not yet the rectification: still open, still late the day after the due date.
        fixtures.act("handler1", "/api/v1/ratings/" + late.ratingId() + "/follow-up", "{\"note\":\"已电话回访\"}").andExpect(status().isOk());
        sweep.sweep(due.plusDays(1));
        sweep.sweep(due.plusDays(2));
        assertThat(signals(late.ratingId())).containsExactly("FOLLOW_UP_OVERDUE/false");
        assertThat(signals(inTime.ratingId())).isEmpty();
        assertThat(signals(good.ratingId())).isEmpty();

        String path = "$.items[?(@.kind == 'RATING' && @.subjectId == " + late.ratingId() + ")]";
        mvc.perform(get("/api/v1/supervision/interaction-signals").header("Authorization", bearer(tokenFor("supervisor"))))
                .andExpect(jsonPath(path + ".type").value(hasItem("FOLLOW_UP_OVERDUE")))
                .andExpect(jsonPath(path + ".typeLabel").value(hasItem("差评回访整改超期")))
                .andExpect(jsonPath(path + ".link").value(hasItem("/admin/ratings/" + late.ratingId())))
                .andExpect(jsonPath(path + ".handled").value(hasItem(false)));
        mvc.perform(get("/api/v1/supervision/interaction-signals").header("Authorization", bearer(tokenFor("leader1"))))
                .andExpect(jsonPath(path + ".type").value(hasItem("FOLLOW_UP_OVERDUE")));
        mvc.perform(get("/api/v1/supervision/interaction-signals").header("Authorization", bearer(tokenFor("leader2"))))
                .andExpect(jsonPath(path).isEmpty());
        assertThat(mvc.perform(get("/admin/supervision/interaction").session(sessionOf("supervisor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("href=\"/admin/ratings/" + late.ratingId() + "\"").contains("差评回访整改超期");

        // Closed late: handled at once in the list, the day recorded by the next sweep, never raised again.
        fixtures.act("handler1", "/api/v1/ratings/" + late.ratingId() + "/rectify", "{\"kind\":\"RECTIFIED\",\"note\":\"已调整窗口\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/supervision/interaction-signals").header("Authorization", bearer(tokenFor("supervisor"))))
                .andExpect(jsonPath(path + ".handled").value(hasItem(true)));
        assertThat(signals(late.ratingId())).containsExactly("FOLLOW_UP_OVERDUE/false");
        sweep.sweep(due.plusDays(3));
        assertThat(signals(late.ratingId())).containsExactly("FOLLOW_UP_OVERDUE/true");
        assertThat(jdbc.sql("select handled_on from supervision_interaction_signal where kind = 'RATING' and subject_id = :id")
                .param("id", late.ratingId()).query(LocalDate.class).single()).isEqualTo(due.plusDays(3));
    }

    @Test
    void aFollowUpEndedByAnUpheldAppealIsNotSignalled() throws Exception {
        RatingFixtures.Rated malicious = fixtures.bad("13999000211");
        LocalDate due = calendar.dueDate(LocalDate.now(time), 15, Region.XJ).dueDate();
        fixtures.act("handler1", "/api/v1/ratings/" + malicious.ratingId() + "/appeal", "{\"reason\":\"恶意差评\"}").andExpect(status().isOk());
        fixtures.act("supervisor", "/api/v1/ratings/" + malicious.ratingId() + "/appeal/decide", "{\"upheld\":true,\"reason\":\"经核实属恶意差评\"}")
                .andExpect(jsonPath("$.excluded").value(true));
        sweep.sweep(due.plusDays(1));
        assertThat(signals(malicious.ratingId())).isEmpty();
    }
}
