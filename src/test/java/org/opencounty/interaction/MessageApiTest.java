package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Messages over the API: left by anyone, routed, transferred, returned once, answered with the leader's approval, published masked. */
class MessageApiTest extends IntegrationTest {

    @Autowired
    RateLimits rateLimits;

    @Autowired
    TimeMachine time;

    @Autowired
    WorkingDays calendar;

    @BeforeEach
    void noMessagesCounted() {
        rateLimits.forgetAll();
    }

    @AfterEach
    void backToNow() {
        time.reset();
        rateLimits.forgetAll();
    }

    static String body(String category, String unit, String name, String phone, boolean isPublic) {
        return """
                {"category":"%s",%s"title":"暖气什么时候开始供应","content":"请问今年县城集中供暖从哪天开始？","name":"%s","phone":"%s","public":%s}"""
                .formatted(category, unit == null ? "" : "\"unit\":\"" + unit + "\",", name, phone, isPublic);
    }

    ResultActions create(String token, String json) throws Exception {
        var request = post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).content(json);
        if (token != null) {
            request = request.header("Authorization", bearer(token));
        }
        return mvc.perform(request);
    }

    long created(String json) throws Exception {
        String answer = create(null, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    ResultActions act(String who, long id, String action, String json) throws Exception {
        return mvc.perform(post("/api/v1/messages/" + id + "/" + action).header("Authorization", bearer(tokenFor(who)))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aQuestionIsTransferredAnsweredApprovedAndPublishedWithTheNameMasked() throws Exception {
        String answer = create(null, body("CONSULT", null, "张明", "13999000001", true)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.dueOn").value(calendar.dueDate(LocalDate.now(time), 5, Region.XJ).dueDate().toString()))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        String code = JsonPath.read(answer, "$.queryCode");
        // Routed by the table to 县人民政府办公室: the market's staff do not see it yet.
        mvc.perform(get("/api/v1/messages/" + id).header("Authorization", bearer(tokenFor("handler1")))).andExpect(status().isForbidden());
        act("center", id, "transfer", "{\"unit\":\"market\",\"reason\":\"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").exists());
        act("center", id, "transfer", "{\"unit\":\"market\",\"reason\":\"属市场监管职责\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("market"));
        act("handler1", id, "approve", "{}").andExpect(status().isForbidden());
        act("handler1", id, "reply", "{\"reply\":\"今年供暖自10月10日开始。\"}").andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        // Nothing public before the leader approves.
        mvc.perform(get("/api/v1/messages/status").param("queryCode", code).param("phone", "13999000001"))
                .andExpect(jsonPath("$.state").value("PENDING_LEADER")).andExpect(jsonPath("$.reply").doesNotExist());
        act("leader1", id, "return-reply", "{\"reason\":\"请写明依据\"}").andExpect(jsonPath("$.state").value("OPEN"));
        act("handler1", id, "reply", "{\"reply\":\"根据县供热办通知，今年供暖自10月10日开始。\"}").andExpect(status().isOk());
        act("leader1", id, "approve", "{}").andExpect(jsonPath("$.state").value("ANSWERED"));

        mvc.perform(get("/api/v1/messages/status").param("queryCode", code.toLowerCase()).param("phone", "13999000001"))
                .andExpect(jsonPath("$.reply").value("根据县供热办通知，今年供暖自10月10日开始。"))
                .andExpect(jsonPath("$.answeredOn").value(LocalDate.now(time).toString()));
        mvc.perform(get("/api/v1/messages/status").param("queryCode", code).param("phone", "13999000002")).andExpect(status().isNotFound());
        String listing = mvc.perform(get("/api/v1/messages/public")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].writer").value(hasItem("张**")))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].askedOn").value(hasItem(LocalDate.now(time).toString())))
                .andReturn().getResponse().getContentAsString();
        assertThat(listing).doesNotContain("13999000001").doesNotContain("张明");
        String page = mvc.perform(get("/messages")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("张**").contains("根据县供热办通知").doesNotContain("13999000001");
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'message.%' and target = :t").param("t", "message:" + id)
                .query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aMessageNotAllowedPublicOrCarryingPersonalDataStaysOffTheListing() throws Exception {
        long notPublic = created(body("CONSULT", "market", "李四", "13999000003", false));
        long withId = created("""
                {"category":"CONSULT","unit":"market","title":"社保查询","content":"我的身份证号是110101199003074514，请帮忙查询","public":true}""");
        for (long id : new long[] {notPublic, withId}) {
            act("handler1", id, "reply", "{\"reply\":\"请到县社保局窗口办理。\"}").andExpect(status().isOk());
            act("leader1", id, "approve", "{}").andExpect(jsonPath("$.state").value("ANSWERED"));
        }
        mvc.perform(get("/api/v1/messages/public"))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) notPublic))))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) withId))));
    }

    @Test
    void aUnitReturnsAMisroutedMessageOnce() throws Exception {
        long id = created(body("SUGGESTION", "market", "", "", false));
        act("handler2", id, "return", "{\"reason\":\"不是本单位\"}").andExpect(status().isForbidden());
        act("handler1", id, "return", "{\"reason\":\"属教育局职责\"}").andExpect(jsonPath("$.state").value("UNROUTED"));
        mvc.perform(get("/api/v1/messages").param("state", "UNROUTED").header("Authorization", bearer(tokenFor("center"))))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        act("center", id, "transfer", "{\"unit\":\"market\",\"reason\":\"经核实仍属市场监管\"}").andExpect(status().isOk());
        act("handler1", id, "return", "{\"reason\":\"再退一次\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_RETURNED"));
    }

    @Test
    void complaintsNeedSomeoneToAnswer() throws Exception {
        create(null, body("COMPLAINT", null, "", "", false)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.name").exists());
        create(null, body("COMPLAINT", null, "王五", "13999000004", false)).andExpect(status().isCreated());
        create(tokenFor("citizen1"), body("COMPLAINT", null, "", "", false)).andExpect(status().isCreated());
        create(null, body("ERROR_REPORT", null, "", "", false)).andExpect(status().isCreated());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("unknown category", "{\"category\":\"PRAISE\",\"title\":\"t\",\"content\":\"c\"}", "category"),
                Arguments.of("empty text", "{\"category\":\"CONSULT\",\"title\":\"t\",\"content\":\"  \"}", "content"),
                Arguments.of("too long", "{\"category\":\"CONSULT\",\"title\":\"t\",\"content\":\"" + "长".repeat(2001) + "\"}", "content"),
                Arguments.of("title too long", "{\"category\":\"CONSULT\",\"title\":\"" + "题".repeat(101) + "\",\"content\":\"c\"}", "title"),
                Arguments.of("unknown unit", "{\"category\":\"CONSULT\",\"unit\":\"nowhere\",\"title\":\"t\",\"content\":\"c\"}", "unit"),
                Arguments.of("bad phone", "{\"category\":\"CONSULT\",\"title\":\"t\",\"content\":\"c\",\"phone\":\"12\"}", "phone"),
                Arguments.of("honeypot filled", "{\"category\":\"CONSULT\",\"title\":\"t\",\"content\":\"c\",\"website\":\"http://spam\"}", "website"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void badInput(String name, String json, String field) throws Exception {
        long before = count();
        create(null, json).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields." + field).exists());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void oneAddressMayLeaveOnlySoManyMessagesAnHour() throws Exception {
        for (int i = 0; i < 5; i++) {
            create(null, body("CONSULT", null, "", "", false)).andExpect(status().isCreated());
        }
        create(null, body("CONSULT", null, "", "", false)).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("TOO_MANY_MESSAGES"));
        time.travel(java.time.Duration.ofMinutes(61));
        create(null, body("CONSULT", null, "", "", false)).andExpect(status().isCreated());
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("handler2", "reply", "{\"reply\":\"答复\"}"),         // another unit's handler
                Arguments.of("leader2", "approve", "{}"),                         // another unit's leader
                Arguments.of("officer2", "return", "{\"reason\":\"x\"}"),
                Arguments.of("citizen1", "reply", "{\"reply\":\"答复\"}"),
                Arguments.of("handler1", "transfer", "{\"unit\":\"balikun-zhen\",\"reason\":\"x\"}"),  // units do not transfer
                Arguments.of("leader1", "transfer", "{\"unit\":\"balikun-zhen\",\"reason\":\"x\"}"),
                Arguments.of("supervisor", "transfer", "{\"unit\":\"balikun-zhen\",\"reason\":\"x\"}"),
                Arguments.of("supervisor", "reply", "{\"reply\":\"答复\"}"),
                Arguments.of("leader1", "reply", "{\"reply\":\"答复\"}"));            // leaders approve, handlers reply
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource
    void wrongPeople(String who, String action, String json) throws Exception {
        long id = created(body("CONSULT", "market", "", "", false));
        act(who, id, action, json).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select state || coalesce(unit_id::text, '') from interaction_message where id = :id").param("id", id)
                .query(String.class).single()).startsWith("OPEN");
    }

    @Test
    void nobodyApprovesTheirOwnReply() throws Exception {
        String both = tokenFor(testAccounts.staff("market", java.util.Set.of(org.opencounty.common.Role.CASE_HANDLER,
                org.opencounty.common.Role.UNIT_LEADER), false));
        long id = created(body("CONSULT", "market", "", "", false));
        mvc.perform(post("/api/v1/messages/" + id + "/reply").header("Authorization", bearer(both)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reply\":\"答复\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/messages/" + id + "/approve").header("Authorization", bearer(both)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
    }

    private java.util.List<Long> allListed(String token) throws Exception {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int page = 1; page <= 100; page++) {
            String body = mvc.perform(get("/api/v1/messages?page=" + page).header("Authorization", bearer(token)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            java.util.List<Number> items = com.jayway.jsonpath.JsonPath.read(body, "$.items[*].id");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(id -> ids.add(id.longValue()));
        }
        return ids;
    }

    @Test
    void staffListsHoldOnlyTheirScope() throws Exception {
        long market = created(body("CONSULT", "market", "", "", false));
        long town = created(body("CONSULT", "balikun-zhen", "", "", false));
        // Every page: the lists are ordered by due date, and other tests' open messages may fill the first one.
        assertThat(allListed(tokenFor("handler1"))).contains(market).doesNotContain(town);
        assertThat(allListed(tokenFor("supervisor"))).contains(town);
        mvc.perform(get("/api/v1/messages").header("Authorization", bearer(tokenFor("citizen1")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/messages")).andExpect(status().isUnauthorized());
    }

    @Autowired
    org.opencounty.TestAccounts testAccounts;

    private long count() {
        return jdbc.sql("select count(*) from interaction_message").query(Long.class).single();
    }
}
