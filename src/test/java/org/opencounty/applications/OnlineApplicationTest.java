package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

/** An online application through acceptance, special procedures, decision and completion, with its clocks. */
class OnlineApplicationTest extends IntegrationTest {

    @Autowired
    WorkingDays calendar;

    @Autowired
    TimeMachine time;

    @Autowired
    CaseHandling handling;

    private ApplicationApi api;
    private long item;

    @BeforeEach
    void setUp() {
        api = new ApplicationApi(mvc, jdbc);
        item = api.onlineItemOf("market");
    }

    @AfterEach
    void backToNow() {
        time.reset();
    }

    @Test
    void aCitizenAppliesAndTheUnitHandlesItWithinItsClocks() throws Exception {
        String citizen = tokenFor("citizen1");
        String handler = tokenFor("handler1");
        String leader = tokenFor("leader1");
        api.start(citizen, item).andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFT"));
        long id = api.started(citizen, item);
        api.act(citizen, id, "submit").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("MISSING_MATERIALS"))
                .andExpect(jsonPath("$.missing").isNotEmpty());
        for (String material : api.requiredMaterials(item)) {
            api.upload(citizen, id, material, "证明.pdf", ApplicationApi.PDF).andExpect(status().isCreated());
        }
        String submitted = api.act(citizen, id, "submit").andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.acceptanceDue").value(due(LocalDate.now(time), 5).toString()))
                .andReturn().getResponse().getContentAsString();
        String queryCode = JsonPath.read(submitted, "$.queryCode");
        mvc.perform(get("/api/v1/applications/status").param("queryCode", queryCode).param("phone", "13999000001"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
        mvc.perform(get("/api/v1/applications/status").param("queryCode", queryCode).param("phone", "13999000002"))
                .andExpect(status().isNotFound());

        api.act(handler, id, "request-correction", "{\"missing\":[\"营业执照复印件不清晰\",\"缺少法定代表人签字\"]}")
                .andExpect(jsonPath("$.state").value("CORRECTION_REQUESTED"));
        api.act(citizen, id, "resubmit").andExpect(jsonPath("$.state").value("SUBMITTED"));
        int promised = promisedDays(id);
        api.act(handler, id, "accept").andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.promisedDue").value(due(LocalDate.now(time), promised).toString()));

        api.act(handler, id, "suspend", "{\"procedure\":\"专家评审\",\"reason\":\"组织专家现场评审\"}")
                .andExpect(jsonPath("$.clockSuspended").value(true))
                .andExpect(jsonPath("$.promisedDue").doesNotExist());
        api.act(handler, id, "decide", "{\"approved\":true}").andExpect(status().isForbidden());
        api.act(handler, id, "resume").andExpect(jsonPath("$.clockSuspended").value(false))
                .andExpect(jsonPath("$.ledger[0].reason").value("专家评审：组织专家现场评审"));
        api.act(leader, id, "extend", "{\"days\":5,\"reason\":\"需补充现场核查\"}").andExpect(status().isOk());
        api.act(leader, id, "extend", "{\"days\":5,\"reason\":\"再次延期\"}").andExpect(status().isConflict());
        api.act(leader, id, "decide", "{\"approved\":true}").andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.deliveryDue").value(due(LocalDate.now(time), 10).toString()));
        api.act(handler, id, "complete").andExpect(jsonPath("$.state").value("COMPLETED"));
        api.get(citizen, id).andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.hasItems(
                "start", "submit", "request-correction", "resubmit", "accept", "suspend", "resume", "extend", "decide", "complete")));
    }

    @Test
    void anUnansweredApplicationCountsAsAcceptedFromTheDayOfReceipt() throws Exception {
        String citizen = tokenFor("citizen1");
        long id = api.submitted(citizen, item);
        LocalDate received = LocalDate.now(time);
        // The first working day after the five the unit had to ask for corrections, whatever holidays lie between.
        time.travelTo(due(received, 6));
        assertThat(handling.acceptOverdue()).isGreaterThanOrEqualTo(1);
        // Tokens last hours, not days: sign in again after the journey.
        api.get(tokenFor("citizen1"), id).andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.promisedDue").value(due(received, promisedDays(id)).toString()));
        api.act(tokenFor("handler1"), id, "request-correction", "{\"missing\":[\"补充材料\"]}").andExpect(status().isConflict());
    }

    @ParameterizedTest(name = "received {0}")
    @ValueSource(strings = {
            "2026-07-14", // the test clock's ordinary Tuesday
            "2026-09-29", // before 国庆节: 9 calendar days later only 2 working days have passed
            "2026-02-12"  // before 春节 (02-15..02-23) with the 调休 Saturdays 02-14 and 02-28
    })
    void correctionNoticesAreRefusedAfterFiveWorkingDays(LocalDate received) throws Exception {
        time.travelTo(received);
        long inTime = api.submitted(tokenFor("citizen1"), item);
        long late = api.submitted(tokenFor("citizen1"), item);

        time.travelTo(due(received, 5));
        api.act(tokenFor("handler1"), inTime, "request-correction", "{\"missing\":[\"补充材料\"]}").andExpect(status().isOk());

        time.travelTo(due(received, 6));
        api.act(tokenFor("handler1"), late, "request-correction", "{\"missing\":[\"补充材料\"]}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CORRECTION_TOO_LATE"));
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("handler2", "accept", 403),     // another unit's handler
                Arguments.of("officer1", "accept", 403),     // right unit, wrong role
                Arguments.of("leader1", "accept", 403),      // leaders decide; handlers accept
                Arguments.of("citizen1", "accept", 403),
                Arguments.of("supervisor", "accept", 403));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource
    void wrongPeople(String who, String action, int expected) throws Exception {
        long id = api.submitted(tokenFor("citizen1"), item);
        api.act(tokenFor(who), id, action).andExpect(status().is(expected));
        api.get(tokenFor("citizen1"), id).andExpect(jsonPath("$.state").value("SUBMITTED"));
    }

    @Test
    void citizensSeeOnlyTheirOwnApplications() throws Exception {
        long id = api.submitted(tokenFor("citizen1"), item);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/citizens")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"username\":\"otherone\",\"phone\":\"13999007777\",\"name\":\"李四\",\"password\":\"Winter#2026\"}"));
        api.get(tokenFor("otherone", "Winter#2026"), id).andExpect(status().isForbidden());
        api.get(tokenFor("handler1"), id).andExpect(status().isOk());
        api.get(tokenFor("handler2"), id).andExpect(status().isForbidden());
        api.get(tokenFor("supervisor"), id).andExpect(status().isOk());
    }

    @Test
    void badUploadsAreRefusedWithoutSideEffects() throws Exception {
        String citizen = tokenFor("citizen1");
        long id = api.started(citizen, item);
        String material = api.requiredMaterials(item).getFirst();
        api.upload(citizen, id, material, "virus.exe", "MZ".getBytes()).andExpect(status().isBadRequest());
        api.upload(citizen, id, material, "fake.pdf", "<html>".getBytes()).andExpect(status().isBadRequest());
        api.upload(citizen, id, material, "big.pdf", new byte[21 * 1024 * 1024]).andExpect(status().is4xxClientError());
        api.upload(citizen, id, "no-such-material", "a.pdf", ApplicationApi.PDF).andExpect(status().isBadRequest());
        api.upload(tokenFor("handler1"), id, material, "a.pdf", ApplicationApi.PDF).andExpect(status().isForbidden());
        api.upload(citizen, id, material, "../../../etc/cron.d/x.pdf", ApplicationApi.PDF).andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename").value("x.pdf"));
        assertThat(jdbc.sql("select count(*) from application_material where application_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void onlyItemsWithOnlineHandlingCanBeAppliedFor() throws Exception {
        long offline = jdbc.sql("select entry_id from published_entry where kind = 'ITEM' and not online limit 1").query(Long.class).single();
        api.start(tokenFor("citizen1"), offline).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.serviceItemId").value("该事项暂未开通网上申请"));
        api.start(tokenFor("officer1"), item).andExpect(status().isForbidden());
    }

    private int promisedDays(long id) {
        return jdbc.sql("select promised_days from application where id = :id").param("id", id).query(Integer.class).single();
    }

    private LocalDate due(LocalDate from, int days) {
        return calendar.dueDate(from, days, Region.XJ).dueDate();
    }
}
