package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** 依申请公开 over the API: receipt, 补正 and restart, extension, consultation, fees, the answer, and the ID number shown nowhere. */
class DisclosureApiTest extends IntegrationTest {

    static final String ID_NUMBER = "110101199003074514";

    @Autowired
    TimeMachine time;

    @Autowired
    WorkingDays calendar;

    @Autowired
    DisclosureHandling handling;

    @AfterEach
    void backToNow() {
        time.reset();
    }

    static String request(String unit) {
        return """
                {"unit":"%s","applicantType":"NATURAL","name":"张明","idType":"居民身份证","idNumber":"%s","phone":"13999000001",
                 "description":"2025年度本镇食品经营许可发放情况","form":"ELECTRONIC"}""".formatted(unit, ID_NUMBER);
    }

    ResultActions create(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/disclosure-requests").header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long created() throws Exception {
        String body = create(tokenFor("citizen1"), request("market")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions act(String who, long id, String action, String json) throws Exception {
        return mvc.perform(post("/api/v1/disclosure-requests/" + id + "/" + action).header("Authorization", bearer(tokenFor(who)))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    LocalDate due(LocalDate from, int days) {
        return calendar.dueDate(from, days, Region.XJ).dueDate();
    }

    @Test
    void aRequestIsCorrectedOnceRestartedAndPartlyDisclosed() throws Exception {
        LocalDate received = LocalDate.now(time);
        String body = create(tokenFor("citizen1"), request("market")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.receivedOn").value(received.toString()))
                .andExpect(jsonPath("$.dueOn").value(due(received, 20).toString()))
                .andExpect(jsonPath("$.correctionNoticeDue").value(due(received, 7).toString()))
                .andExpect(jsonPath("$.idDocument").value("居民身份证 ****4514"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(ID_NUMBER);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        time.travelTo(due(received, 3));
        act("handler1", id, "correction", "{\"note\":\"请写明所需信息的文号或发布时间\"}").andExpect(jsonPath("$.state").value("CORRECTION_REQUESTED"))
                .andExpect(jsonPath("$.dueOn").doesNotExist());
        act("handler1", id, "correction", "{\"note\":\"再补一次\"}").andExpect(status().isConflict());
        LocalDate correctedOn = due(received, 5);
        time.travelTo(correctedOn);
        mvc.perform(post("/api/v1/disclosure-requests/" + id + "/corrected").header("Authorization", bearer(tokenFor("citizen1")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"市监发〔2025〕12号文件\"}"))
                .andExpect(jsonPath("$.state").value("HANDLING"))
                .andExpect(jsonPath("$.dueOn").value(due(correctedOn, 20).toString()));
        act("handler1", id, "correction", "{\"note\":\"again\"}").andExpect(jsonPath("$.code").value("CORRECTION_ALREADY_SENT"));

        act("handler1", id, "extend", "{\"days\":10,\"reason\":\"需要调取档案\"}").andExpect(status().isForbidden());
        act("leader1", id, "extend", "{\"days\":21,\"reason\":\"需要调取档案\"}").andExpect(status().isBadRequest());
        act("leader1", id, "extend", "{\"days\":10,\"reason\":\"需要调取档案\"}").andExpect(jsonPath("$.dueOn").value(due(correctedOn, 30).toString()));
        act("leader1", id, "extend", "{\"days\":5,\"reason\":\"再延\"}").andExpect(jsonPath("$.code").value("ALREADY_EXTENDED"));

        LocalDate consulted = due(correctedOn, 2);
        time.travelTo(consulted);
        act("handler1", id, "consult", "{\"party\":\"某食品有限公司\"}")
                .andExpect(jsonPath("$.dueOn").value(due(correctedOn, 45).toString()));  // the full 15 not counted while waiting
        act("handler1", id, "answer", "{\"outcome\":\"PARTIAL\",\"text\":\"x\"}").andExpect(jsonPath("$.code").value("CONSULTATION_OPEN"));
        time.travelTo(due(consulted, 4));
        act("handler1", id, "consult/answer", "{\"answer\":\"不同意公开本公司地址\"}")
                .andExpect(jsonPath("$.dueOn").value(due(correctedOn, 34).toString()));   // 4 working days not counted

        act("handler1", id, "answer", "{\"outcome\":\"WITHHELD\",\"text\":\"涉及第三方\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").exists());
        act("handler1", id, "answer", "{\"outcome\":\"PARTIAL\",\"reason\":\"4.保护第三方合法权益\",\"text\":\"公开许可证发放数量；企业地址涉及第三方合法权益，不予公开。\"}")
                .andExpect(jsonPath("$.state").value("ANSWERED")).andExpect(jsonPath("$.outcome").value("PARTIAL"));
        String letter = mvc.perform(get("/admin/disclosure-requests/" + id + "/answer-letter").session(sessionOf("handler1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(letter).contains("政府信息公开申请答复书").contains("部分公开").contains("第三十七条").contains("行政复议").doesNotContain(ID_NUMBER);
        byte[] pdf = mvc.perform(get("/account/disclosure-requests/" + id + "/answer-letter.pdf").session(sessionOf("citizen1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/account/disclosure-requests/" + id + "/answer-letter.pdf").session(sessionOf("handler2"))).andExpect(status().isForbidden());
        String mine = mvc.perform(get("/account/disclosure-requests/" + id).session(sessionOf("citizen1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("部分公开").contains("****4514").doesNotContain(ID_NUMBER);
        act("handler1", id, "archive", "{}").andExpect(jsonPath("$.archivedOn").value(LocalDate.now(time).toString()));
    }

    @Test
    void aCorrectionNoticeAfterSevenWorkingDaysIsRefusedAndAnUnansweredOneLapses() throws Exception {
        LocalDate received = LocalDate.now(time);
        long late = created();
        long lapsing = created();
        time.travelTo(due(received, 7));
        act("handler1", lapsing, "correction", "{\"note\":\"请写明文号\"}").andExpect(status().isOk());
        time.travelTo(due(received, 8));
        act("handler1", late, "correction", "{\"note\":\"请写明文号\"}").andExpect(jsonPath("$.code").value("CORRECTION_TOO_LATE"));
        LocalDate correctionDue = due(due(received, 7), 15);
        handling.lapse(correctionDue);
        assertThat(state(lapsing)).isEqualTo("CORRECTION_REQUESTED");
        handling.lapse(correctionDue.plusDays(1));
        assertThat(state(lapsing)).isEqualTo("CORRECTION_LAPSED");
    }

    @ParameterizedTest(name = "{0} {1}={2} → {3}")
    @CsvSource({
            "PER_REQUEST, ordinal, 10, 0.00", "PER_REQUEST, ordinal, 11, 100.00", "PER_REQUEST, ordinal, 30, 100.00",
            "PER_REQUEST, ordinal, 31, 200.00", "PER_REQUEST, ordinal, 40, 200.00", "PER_REQUEST, ordinal, 41, 300.00",
            "PER_PAGE, pages, 30, 0.00", "PER_PAGE, pages, 31, 10.00", "PER_PAGE, pages, 100, 700.00",
            "PER_PAGE, pages, 101, 720.00", "PER_PAGE, pages, 200, 2700.00", "PER_PAGE, pages, 201, 2740.00"})
    void feeQuote(String method, String parameter, int value, String amount) throws Exception {
        mvc.perform(get("/api/v1/disclosure-requests/fee-quote").param("method", method).param(parameter, String.valueOf(value)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(amount));
    }

    @Test
    void aFeeIsComputedOneWayNeverBoth() throws Exception {
        mvc.perform(get("/api/v1/disclosure-requests/fee-quote").param("method", "PER_PAGE").param("pages", "40").param("ordinal", "12"))
                .andExpect(status().isBadRequest());
        // A requester of their own: the fee per request depends on how many requests the same ID number made this month,
        // and other tests file theirs under ID_NUMBER in the same month of the shared database.
        String body = create(tokenFor("citizen1"), request("market").replace(ID_NUMBER, "110101198507150011")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        act("handler1", id, "fees", "{\"method\":\"PER_PAGE\",\"pages\":40,\"ordinal\":12}").andExpect(status().isBadRequest());
        act("handler1", id, "fees", "{\"method\":\"PER_REQUEST\"}").andExpect(jsonPath("$.code").value("NO_FEE"));
        act("handler1", id, "fees", "{\"method\":\"PER_PAGE\",\"pages\":120}").andExpect(jsonPath("$.state").value("FEE_NOTICE"))
                .andExpect(jsonPath("$.feeAmount").value(1100.00))
                .andExpect(jsonPath("$.feeDue").value(due(LocalDate.now(time), 20).toString()));
        assertThat(state(id)).isEqualTo("FEE_NOTICE");
        handling.lapse(due(LocalDate.now(time), 21));
        assertThat(state(id)).isEqualTo("FEE_UNPAID");
    }

    @Test
    void theEleventhRequestOfTheMonthIsCharged() throws Exception {
        String other = "{\"unit\":\"market\",\"applicantType\":\"LEGAL\",\"organisationKind\":\"COMMERCIAL\",\"name\":\"某公司\",\"idType\":\"统一社会信用代码\","
                + "\"idNumber\":\"91652222MA77000011\",\"phone\":\"13999000001\",\"description\":\"某信息\",\"form\":\"EMAIL\"}";
        long last = 0;
        for (int i = 0; i < 11; i++) {
            String body = create(tokenFor("citizen1"), other).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            last = ((Number) JsonPath.read(body, "$.id")).longValue();
        }
        act("handler1", last, "fees", "{\"method\":\"PER_REQUEST\"}").andExpect(jsonPath("$.feeAmount").value(100.00))
                .andExpect(jsonPath("$.feeUnits").value(11));
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("handler2", "correction", "{\"note\":\"x\"}"),
                Arguments.of("citizen1", "correction", "{\"note\":\"x\"}"),
                Arguments.of("leader2", "extend", "{\"days\":5,\"reason\":\"x\"}"),
                Arguments.of("supervisor", "answer", "{\"outcome\":\"DISCLOSED\",\"text\":\"x\"}"),
                Arguments.of("center", "answer", "{\"outcome\":\"DISCLOSED\",\"text\":\"x\"}"),
                Arguments.of("handler2", "answer", "{\"outcome\":\"DISCLOSED\",\"text\":\"x\"}"),
                Arguments.of("handler1", "corrected", "{\"text\":\"x\"}"));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource
    void wrongPeople(String who, String action, String json) throws Exception {
        long id = created();
        act(who, id, action, json).andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo("HANDLING");
    }

    @Test
    void requestsAreSeenByTheirApplicantAndTheirUnitOnly() throws Exception {
        long id = created();
        for (String who : new String[] {"handler1", "leader1", "supervisor", "center", "citizen1"}) {
            String body = mvc.perform(get("/api/v1/disclosure-requests/" + id).header("Authorization", bearer(tokenFor(who))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(who).doesNotContain(ID_NUMBER);
        }
        mvc.perform(get("/api/v1/disclosure-requests/" + id).header("Authorization", bearer(tokenFor("handler2")))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/disclosure-requests/" + id).session(sessionOf("handler2"))).andExpect(status().isForbidden());
        String list = mvc.perform(get("/admin/disclosure-requests").session(sessionOf("handler1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(ID_NUMBER);
        create(tokenFor("handler1"), request("market")).andExpect(status().isForbidden());
        create(tokenFor("citizen1"), request("nowhere")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.unit").exists());
        create(tokenFor("citizen1"), request("market").replace(ID_NUMBER, "12345")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.idNumber").exists());
    }

    private String state(long id) {
        return jdbc.sql("select state from disclosure_request where id = :id").param("id", id).query(String.class).single();
    }
}
