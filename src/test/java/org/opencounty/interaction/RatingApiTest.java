package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.TestAccounts;
import org.opencounty.calendar.Region;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 好差评 through HTTP: the writer of an answered message rates it once within the period; a 差评 opens the unit's
 * follow-up, the unit records 回访 and explanation, appeals, and the center's supervisor upholds the appeal, which takes
 * the rating out of the public aggregates.
 */
class RatingApiTest extends RatingTest {

    @Autowired
    TestAccounts testAccounts;

    /** A message to the market's unit, answered with the leader's approval: its id, query code and phone. */
    record Answered(long id, String queryCode, String phone) {
    }

    Answered answered(String token, String phone, boolean answer) throws Exception {
        var request = post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).content("""
                {"category":"CONSULT","unit":"market","title":"营业执照怎么办","content":"个体户营业执照需要什么材料？","name":"王芳","phone":"%s","public":false}"""
                .formatted(phone));
        if (token != null) {
            request = request.header("Authorization", bearer(token));
        }
        String created = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        if (answer) {
            act("handler1", "/api/v1/messages/" + id + "/reply", "{\"reply\":\"请带身份证到政务服务中心办理。\"}").andExpect(status().isOk());
            act("leader1", "/api/v1/messages/" + id + "/approve", "{}").andExpect(jsonPath("$.state").value("ANSWERED"));
        }
        return new Answered(id, JsonPath.read(created, "$.queryCode"), phone);
    }

    static String rating(long id, String code, String phone, String level) {
        return """
                {"subject":"MESSAGE","id":%d,%s"level":"%s","items":{"OVERALL":2,"EFFICIENCY":1,"ATTITUDE":3},"comment":"答复太慢"}"""
                .formatted(id, code == null ? "" : "\"queryCode\":\"" + code + "\",\"phone\":\"" + phone + "\",", level);
    }

    ResultActions rate(String token, String json) throws Exception {
        var request = post("/api/v1/ratings").contentType(MediaType.APPLICATION_JSON).content(json);
        if (token != null) {
            request = request.header("Authorization", bearer(token));
        }
        return mvc.perform(request);
    }

    ResultActions act(String who, String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", bearer(tokenFor(who))).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long ratings() {
        return jdbc.sql("select count(*) from interaction_rating").query(Long.class).single();
    }

    /** A count from the market unit's public aggregate (other tests of this class rate the same unit). */
    long marketCount(String path) throws Exception {
        String body = mvc.perform(get("/api/v1/ratings/summary").param("unit", "market")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, path)).longValue();
    }

    @Test
    void aBadRatingIsFollowedUpAppealedAndExcludedWhenTheAppealIsUpheld() throws Exception {
        String citizen = tokenFor("citizen1");
        Answered message = answered(citizen, "13999000001", true);
        Answered unanswered = answered(citizen, "13999000001", false);
        long before = ratings();

        // Not the writer: anonymous without the code, the wrong phone, the unit's own staff.
        rate(null, rating(message.id(), null, null, "DISSATISFIED")).andExpect(status().isForbidden());
        rate(null, rating(message.id(), message.queryCode(), "13999000009", "DISSATISFIED")).andExpect(status().isForbidden());
        rate(tokenFor("handler1"), rating(message.id(), null, null, "DISSATISFIED")).andExpect(status().isForbidden());
        // Not answered yet.
        rate(citizen, rating(unanswered.id(), null, null, "DISSATISFIED")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_FINISHED"));
        // Bad input: no level, a score out of range.
        rate(citizen, "{\"subject\":\"MESSAGE\",\"id\":" + message.id() + ",\"items\":{\"OVERALL\":6,\"EFFICIENCY\":1,\"ATTITUDE\":1}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.level").exists())
                .andExpect(jsonPath("$.fields['items.OVERALL']").exists());
        assertThat(ratings()).isEqualTo(before);

        long total = marketCount("$[0].total");
        long dissatisfied = marketCount("$[0].levels[3].count");
        long efficiencyOne = marketCount("$[0].items[1].scores[0]");
        LocalDate today = LocalDate.now(time);
        String created = rate(citizen, rating(message.id(), null, null, "DISSATISFIED")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("FOLLOW_UP_OPEN"))
                .andExpect(jsonPath("$.unitCode").value("market"))
                .andExpect(jsonPath("$.followUpDue").value(calendar.dueDate(today, 15, Region.XJ).dueDate().toString()))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        // Once per message, however the writer comes back.
        rate(null, rating(message.id(), message.queryCode(), message.phone(), "SATISFIED")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_RATED"));
        assertThat(ratings()).isEqualTo(before + 1);
        assertThat(marketCount("$[0].total")).isEqualTo(total + 1);
        assertThat(marketCount("$[0].levels[3].count")).isEqualTo(dissatisfied + 1);
        assertThat(marketCount("$[0].items[1].scores[0]")).isEqualTo(efficiencyOne + 1);

        // The unit's staff see it and record the 回访, then the explanation.
        mvc.perform(get("/api/v1/ratings").header("Authorization", bearer(tokenFor("handler1"))))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].state").value(org.hamcrest.Matchers.hasItem("FOLLOW_UP_OPEN")));
        act("handler1", "/api/v1/ratings/" + id + "/rectify", "{\"kind\":\"EXPLAINED\",\"note\":\"x\"}").andExpect(status().isConflict());
        act("handler1", "/api/v1/ratings/" + id + "/follow-up", "{\"note\":\"电话回访，群众反映等待时间长\"}")
                .andExpect(jsonPath("$.state").value("FOLLOWED_UP"));
        act("handler1", "/api/v1/ratings/" + id + "/rectify", "{\"kind\":\"EXPLAINED\",\"note\":\"已在答复期限内答复，已向群众说明\"}")
                .andExpect(jsonPath("$.state").value("CLOSED"));

        // The appeal: the appellant does not decide it, nor does a center editor; the supervisor upholds it.
        act("handler1", "/api/v1/ratings/" + id + "/appeal", "{\"reason\":\"评价与办理无关，系恶意差评\"}")
                .andExpect(jsonPath("$.appealState").value("PENDING"));
        act("handler1", "/api/v1/ratings/" + id + "/appeal", "{\"reason\":\"再次申诉\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_APPEALED"));
        act("center", "/api/v1/ratings/" + id + "/appeal/decide", "{\"upheld\":true,\"reason\":\"x\"}").andExpect(status().isForbidden());
        act("supervisor", "/api/v1/ratings/" + id + "/appeal/decide", "{\"upheld\":true,\"reason\":\"\"}").andExpect(status().isBadRequest());
        act("supervisor", "/api/v1/ratings/" + id + "/appeal/decide", "{\"upheld\":true,\"reason\":\"经核实评价内容与办理无关\"}")
                .andExpect(jsonPath("$.appealState").value("UPHELD")).andExpect(jsonPath("$.excluded").value(true));
        assertThat(marketCount("$[0].total")).isEqualTo(total);
        assertThat(marketCount("$[0].levels[3].count")).isEqualTo(dissatisfied);
        assertThat(jdbc.sql("select string_agg(action || '/' || actor, ',' order by id) from audit_entry where target = :t")
                .param("t", "rating:" + id).query(String.class).single())
                .contains("rating.create/citizen1", "rating.follow-up/handler1", "rating.rectify/handler1", "rating.appeal/handler1",
                        "rating.appeal-upheld/supervisor");
        // The portal page shows the aggregates without JavaScript: this month's page.
        String month = java.time.YearMonth.from(today).toString();
        mvc.perform(get("/ratings")).andExpect(status().isFound()).andExpect(header().string("Location", "/ratings/" + month));
        assertThat(mvc.perform(get("/ratings/" + month)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("好差评").contains("满意率");
    }

    @Test
    void aRatingComesWithinThePeriodAfterTheAnswer() throws Exception {
        Answered late = answered(null, "13999000021", true);
        Answered inTime = answered(null, "13999000022", true);
        time.travel(Duration.ofDays(30));
        rate(null, rating(inTime.id(), inTime.queryCode().toLowerCase(), inTime.phone(), "SATISFIED")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("RECORDED")).andExpect(jsonPath("$.followUpDue").doesNotExist());
        time.travel(Duration.ofDays(1));
        long before = ratings();
        rate(null, rating(late.id(), late.queryCode(), late.phone(), "VERY_SATISFIED")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("RATING_PERIOD_OVER"));
        assertThat(ratings()).isEqualTo(before);
    }

    @Test
    void nobodyDecidesTheirOwnAppeal() throws Exception {
        String both = testAccounts.staff("market", Set.of(Role.CASE_HANDLER, Role.CENTER_ADMIN), false);
        Answered message = answered(null, "13999000031", true);
        String created = rate(null, rating(message.id(), message.queryCode(), message.phone(), "VERY_DISSATISFIED"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        act(both, "/api/v1/ratings/" + id + "/appeal", "{\"reason\":\"恶意差评\"}").andExpect(status().isOk());
        act(both, "/api/v1/ratings/" + id + "/appeal/decide", "{\"upheld\":true,\"reason\":\"成立\"}").andExpect(status().isForbidden());
        act("admin", "/api/v1/ratings/" + id + "/appeal/decide", "{\"upheld\":false,\"reason\":\"评价反映了真实情况\"}")
                .andExpect(jsonPath("$.appealState").value("REJECTED")).andExpect(jsonPath("$.excluded").value(false));
    }

    @Test
    void theWriterRatesWithThePortalFormWithoutJavaScript() throws Exception {
        Answered message = answered(null, "13999000061", true);
        String status = mvc.perform(get("/messages/status").param("queryCode", message.queryCode()).param("phone", message.phone()))
                .andReturn().getResponse().getContentAsString();
        assertThat(status).contains("/ratings/new?subject=MESSAGE&amp;id=" + message.id());
        assertThat(mvc.perform(get("/ratings/new").param("subject", "MESSAGE").param("id", String.valueOf(message.id()))
                .param("queryCode", message.queryCode())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("非常不满意").contains("办事效率");
        long before = ratings();
        mvc.perform(post("/ratings/new").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("subject", "MESSAGE").param("id", String.valueOf(message.id())).param("queryCode", message.queryCode())
                        .param("phone", message.phone()).param("level", "SATISFIED").param("item_OVERALL", "4"))
                .andExpect(status().isBadRequest());
        assertThat(ratings()).isEqualTo(before);
        mvc.perform(post("/ratings/new").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("subject", "MESSAGE").param("id", String.valueOf(message.id())).param("queryCode", message.queryCode())
                        .param("phone", message.phone()).param("level", "SATISFIED").param("item_OVERALL", "4")
                        .param("item_EFFICIENCY", "5").param("item_ATTITUDE", "4"))
                .andExpect(status().is3xxRedirection());
        assertThat(ratings()).isEqualTo(before + 1);
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("handler2", "follow-up", "{\"note\":\"回访\"}"),          // another unit's staff
                Arguments.of("leader2", "appeal", "{\"reason\":\"恶意\"}"),
                Arguments.of("citizen1", "follow-up", "{\"note\":\"回访\"}"),
                Arguments.of("citizen1", "appeal", "{\"reason\":\"恶意\"}"),
                Arguments.of("supervisor", "follow-up", "{\"note\":\"回访\"}"),      // supervisors decide, units follow up
                Arguments.of("center", "appeal", "{\"reason\":\"恶意\"}"),
                Arguments.of("handler1", "appeal/decide", "{\"upheld\":true,\"reason\":\"x\"}"),  // units do not decide
                Arguments.of("leader1", "appeal/decide", "{\"upheld\":true,\"reason\":\"x\"}"),
                Arguments.of("center", "appeal/decide", "{\"upheld\":true,\"reason\":\"x\"}"),    // an editor is not the administrator
                Arguments.of("citizen1", "appeal/decide", "{\"upheld\":true,\"reason\":\"x\"}"));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource
    void wrongPeople(String who, String action, String json) throws Exception {
        Answered message = answered(null, "13999000041", true);
        String created = rate(null, rating(message.id(), message.queryCode(), message.phone(), "DISSATISFIED"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        if (action.equals("appeal/decide")) {
            act("handler1", "/api/v1/ratings/" + id + "/appeal", "{\"reason\":\"恶意差评\"}").andExpect(status().isOk());
        }
        String state = "select state || '/' || appeal_state || '/' || excluded from interaction_rating where id = :id";
        String was = jdbc.sql(state).param("id", id).query(String.class).single();
        act(who, "/api/v1/ratings/" + id + "/" + action, json).andExpect(status().isForbidden());
        assertThat(jdbc.sql(state).param("id", id).query(String.class).single()).isEqualTo(was);
    }

    @Test
    void staffListsHoldOnlyTheirScope() throws Exception {
        mvc.perform(get("/api/v1/ratings").header("Authorization", bearer(tokenFor("citizen1")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ratings")).andExpect(status().isUnauthorized());
        Answered message = answered(null, "13999000051", true);
        rate(null, rating(message.id(), message.queryCode(), message.phone(), "SATISFIED")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/ratings").header("Authorization", bearer(tokenFor("handler2"))))
                .andExpect(jsonPath("$.items[?(@.subject == 'MESSAGE')].subjectId").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) message.id()))));
        mvc.perform(get("/api/v1/ratings").header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(jsonPath("$.items[?(@.subject == 'MESSAGE')].subjectId").value(org.hamcrest.Matchers.hasItem((int) message.id())));
        mvc.perform(get("/api/v1/ratings/summary").param("unit", "nowhere")).andExpect(status().isNotFound());
    }
}
