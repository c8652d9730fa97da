package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.test.web.servlet.ResultActions;

/**
 * The supervision sweep flags messages near their limit, past it, and unanswered long before the three months of the veto.
 * The signals raised while a message (留言) or a disclosure request (依申请公开) was open are marked handled once it is
 * answered: shown handled at once, the day of the answer recorded by the next sweep, once, and never raised again. A
 * reply still waiting for the leader's approval answers nothing.
 */
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

    private List<String> types(long id) {
        return jdbc.sql("select type from supervision_interaction_signal where kind = 'MESSAGE' and subject_id = :id").param("id", id)
                .query(String.class).list();
    }

    @Test
    void anOverdueMessagesSignalsAreHandledOnTheDayItIsAnswered() throws Exception {
        LocalDate asked = LocalDate.now(time);
        long id = created(mvc.perform(post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\":\"CONSULT\",\"unit\":\"market\",\"title\":\"个体户年报\",\"content\":\"如何填报？\"}")));
        LocalDate due = calendar.dueDate(asked, 5, Region.XJ).dueDate();
        sweep.sweep(calendar.dueDate(asked, 4, Region.XJ).dueDate());
        sweep.sweep(due.plusDays(1));
        assertThat(signals("MESSAGE", id)).containsExactlyInAnyOrder("NEAR_DUE/null", "OVERDUE/null");

        LocalDate replied = due.plusDays(2);
        time.travelTo(replied);
        act("handler1", "/api/v1/messages/" + id + "/reply", "{\"reply\":\"请登录年报系统填报。\"}").andExpect(status().isOk());
        sweep.sweep(replied);
        assertThat(signals("MESSAGE", id)).as("a reply the leader has not approved").containsExactlyInAnyOrder("NEAR_DUE/null", "OVERDUE/null");
        assertThat(listed("MESSAGE", id)).containsExactly(false, false);

        LocalDate answered = replied.plusDays(1);
        time.travelTo(answered);
        act("leader1", "/api/v1/messages/" + id + "/approve", "{}").andExpect(jsonPath("$.state").value("ANSWERED"));
        assertThat(listed("MESSAGE", id)).as("handled as soon as it is answered").containsExactly(true, true);
        sweep.sweep(answered.plusDays(3));
        sweep.sweep(answered.plusDays(60));
        assertThat(signals("MESSAGE", id)).containsExactlyInAnyOrder("NEAR_DUE/" + answered, "OVERDUE/" + answered);
    }

    @Test
    void anOverdueRequestsSignalIsHandledOnTheDayItIsAnswered() throws Exception {
        LocalDate received = LocalDate.now(time);
        long id = created(mvc.perform(post("/api/v1/disclosure-requests").header("Authorization", bearer(tokenFor("citizen1")))
                .contentType(MediaType.APPLICATION_JSON).content(DisclosureApiTest.request("market"))));
        LocalDate due = calendar.dueDate(received, 20, Region.XJ).dueDate();
        sweep.sweep(due.plusDays(1));
        assertThat(signals("DISCLOSURE", id)).contains("OVERDUE/null");

        LocalDate answered = due.plusDays(4);
        time.travelTo(answered);
        act("handler1", "/api/v1/disclosure-requests/" + id + "/answer",
                "{\"outcome\":\"PARTIAL\",\"reason\":\"4.保护第三方合法权益\",\"text\":\"公开许可证发放数量；企业地址涉及第三方合法权益，不予公开。\"}")
                .andExpect(jsonPath("$.state").value("ANSWERED"));
        sweep.sweep(answered.plusDays(2));
        List<String> handled = signals("DISCLOSURE", id);
        assertThat(handled).isNotEmpty().allMatch(signal -> signal.endsWith("/" + answered));
        sweep.sweep(answered.plusDays(5));
        assertThat(signals("DISCLOSURE", id)).isEqualTo(handled);
    }

    private long created(ResultActions created) throws Exception {
        String body = created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions act(String who, String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", bearer(tokenFor(who))).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Whether the supervisor's signal list shows each of the subject's signals handled, looked up page by page. */
    private List<Boolean> listed(String kind, long id) throws Exception {
        String token = tokenFor("supervisor");
        for (int page = 1; page <= 40; page++) {
            String body = mvc.perform(get("/api/v1/supervision/interaction-signals?page=" + page).header("Authorization", bearer(token)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Boolean> handled = JsonPath.read(body, "$.items[?(@.kind == '" + kind + "' && @.subjectId == " + id + ")].handled");
            if (!handled.isEmpty() || ((List<?>) JsonPath.read(body, "$.items")).isEmpty()) {
                return handled;
            }
        }
        return List.of();
    }

    private List<String> signals(String kind, long id) {
        return jdbc.sql("select type || '/' || coalesce(handled_on::text, 'null') from supervision_interaction_signal where kind = :kind and subject_id = :id order by type")
                .param("kind", kind).param("id", id).query(String.class).list();
    }
}
