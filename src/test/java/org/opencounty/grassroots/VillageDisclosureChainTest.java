package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A village's finance through the chain over HTTP (issue 14): the officer writes, the 村务监督委员会 member checks, the
 * director approves, the township publishes; the public reads it and asks, the village answers. Amounts are exact decimal
 * strings; an unbalanced statement and bad input change nothing. The test clock stands at 2026-07-14.
 */
class VillageDisclosureChainTest extends IntegrationTest {

    @Autowired
    private TestAccounts accounts;

    static String finance(String period, String opening, String closing, String firstAmount) {
        return """
                {"village":"donghu-cun","category":"FINANCE","period":"%s","body":"经村务监督委员会审核。",
                 "finance":{"opening":"%s","closing":"%s","lines":[
                   {"date":"2026-07-02","item":"集体草场承包费","direction":"INCOME","amount":"%s","counterpart":"承包户","voucher":"记-701"},
                   {"date":"2026-07-08","item":"水渠维修材料费","direction":"EXPENSE","amount":"0.20","counterpart":"建材门市部","voucher":"记-702"}]}}
                """.formatted(period, opening, closing, firstAmount);
    }

    @Test
    void aMonthsFinanceGoesFromTheOfficerThroughTheMonitorAndTheDirectorToTheTownshipAndThePublic() throws Exception {
        String officer = tokenFor("village1");
        long before = count();
        // 0.10 − 0.20 and 12 600.10: decimals exact, and the difference named to the fen.
        send(officer, post("/api/v1/village-disclosures"), finance("2026-07", "1000.00", "13599.89", "12600.10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNBALANCED"))
                .andExpect(jsonPath("$.difference").value("-0.01"))
                .andExpect(jsonPath("$.fields.closing").value(containsString("13599.90")));
        assertThat(count()).isEqualTo(before);

        String created = send(officer, post("/api/v1/village-disclosures"), finance("2026-07", "1000.00", "13599.90", "12600.10"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.title").value("东湖村2026年7月财务收支公开"))
                .andExpect(jsonPath("$.finance.income").value("12600.10"))
                .andExpect(jsonPath("$.finance.expense").value("0.20"))
                .andExpect(jsonPath("$.finance.balanced").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/village-disclosures/" + id)).andExpect(status().isNotFound());

        step(officer, id, "submit").andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        String director = tokenFor("villagehead1");
        step(director, id, "approve").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("NOT_CHECKED"));
        step(officer, id, "check").andExpect(status().isForbidden());
        step(tokenFor("monitor2"), id, "check").andExpect(status().isForbidden());
        step(tokenFor("monitor1"), id, "check").andExpect(status().isOk()).andExpect(jsonPath("$.checkedBy").value("monitor1"));
        step(tokenFor("township1"), id, "approve").andExpect(status().isForbidden());
        step(director, id, "approve").andExpect(jsonPath("$.state").value("PENDING_CENTER"));

        step(tokenFor("center"), id, "approve").andExpect(status().isForbidden());
        step(tokenFor("township2"), id, "approve").andExpect(status().isForbidden());
        step(tokenFor("township1"), id, "approve").andExpect(jsonPath("$.state").value("PUBLISHED"));

        mvc.perform(get("/api/v1/village-disclosures/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.finance.lines[0].amount").value("12600.10"))
                .andExpect(jsonPath("$.finance.closing").value("13599.90"));
        mvc.perform(get("/api/v1/village-disclosures/" + id + "/history").header("Authorization", bearer(officer)))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("create", "submit", "check", "approve", "approve")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'village.disclosure.review' and target = :t and result = 'DENIED'")
                .param("t", "village-disclosure:" + id).query(Long.class).single()).isGreaterThanOrEqualTo(2);

        // A villager asks; the village answers publicly; the asker's contact stays with the village.
        String asked = mvc.perform(post("/api/v1/village-disclosures/" + id + "/questions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"村民老王\",\"contact\":\"东湖村三组\",\"question\":\"水渠维修材料费是从哪家买的，价格是否比过价？\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.dueOn").value("2026-07-24"))
                .andReturn().getResponse().getContentAsString();
        long question = ((Number) JsonPath.read(asked, "$.id")).longValue();
        mvc.perform(get("/api/v1/village-disclosures/" + id + "/questions"))
                .andExpect(jsonPath("$.items[0].name").value("村民老王"))
                .andExpect(content().string(not(containsString("东湖村三组"))));
        send(tokenFor("village2"), post("/api/v1/village-questions/" + question + "/answer"), "{\"answer\":\"比过三家。\",\"version\":0}")
                .andExpect(status().isForbidden());
        send(officer, post("/api/v1/village-questions/" + question + "/answer"), "{\"answer\":\"经村两委比价三家后在建材门市部购买。\",\"version\":0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value(containsString("比价三家")))
                .andExpect(jsonPath("$.overdue").value(false));
        send(officer, post("/api/v1/village-questions/" + question + "/answer"), "{\"answer\":\"再答一次。\",\"version\":1}")
                .andExpect(status().isConflict());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("negative amount", finance("2026-07", "0.00", "0.00", "-5.00"), "finance.lines[0].amount"),
                Arguments.of("three decimals", finance("2026-07", "0.00", "0.00", "1.005"), "finance.lines[0].amount"),
                Arguments.of("a period in the future", finance("2026-08", "0.00", "0.00", "5.00"), "period"),
                Arguments.of("a line outside the period", finance("2026-06", "0.00", "4.80", "5.00"), "finance.lines[0].date"),
                Arguments.of("no finance for finance", "{\"village\":\"donghu-cun\",\"category\":\"FINANCE\",\"period\":\"2026-06\"}", "finance"),
                Arguments.of("not a village", "{\"village\":\"market\",\"category\":\"OTHER\",\"period\":\"2026-06\"}", "village"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedWithItsFieldAndSavesNothing(String what, String body, String field) throws Exception {
        long before = count();
        send(tokenFor("village1"), post("/api/v1/village-disclosures"), body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields['" + field + "']").exists());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aVillageWritesOnlyItsOwnAndATownshipReviewsOnlyItsOwnVillages() throws Exception {
        String other = tokenFor("village2");
        send(other, post("/api/v1/village-disclosures"), finance("2026-07", "0.00", "12599.90", "12600.10"))
                .andExpect(status().isForbidden());
        String officer = tokenFor("village1");
        long id = created(officer, finance("2026-07", "0.00", "12599.90", "12600.10"));
        send(other, put("/api/v1/village-disclosures/" + id), finance("2026-07", "0.00", "12599.90", "12600.10")
                .replace("}}", "},\"version\":0}")).andExpect(status().isForbidden());
        step(other, id, "submit").andExpect(status().isForbidden());
        // Drafts are the village's, its township's and the center's to see, nobody else's.
        mvc.perform(get("/api/v1/village-disclosures/" + id).header("Authorization", bearer(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/village-disclosures/" + id).header("Authorization", bearer(tokenFor("township2")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/village-disclosures/" + id).header("Authorization", bearer(tokenFor("township1")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/village-disclosures").header("Authorization", bearer(tokenFor("township2"))))
                .andExpect(jsonPath("$.items[*].village").value(not(hasItem("donghu-cun"))));
        // The second step's reviewer of another township, or a second reviewer role at the county, cannot publish.
        step(officer, id, "submit");
        step(tokenFor("monitor1"), id, "check");
        step(tokenFor("villagehead1"), id, "approve");
        step(tokenFor(accounts.staff("balikun-zhen", Role.UNIT_LEADER, false)), id, "approve").andExpect(status().isForbidden());
        step(tokenFor("township2"), id, "return", "{\"reason\":\"不是本镇的村\"}").andExpect(status().isForbidden());
        step(tokenFor("township1"), id, "return", "{\"reason\":\"请补充凭证号\"}").andExpect(jsonPath("$.state").value("RETURNED"));
    }

    @Test
    void aSubsidyListShowsNamesAndOnlyTheLastFourDigitsAndRefusesIdNumbersInText() throws Exception {
        String officer = tokenFor("village1");
        long id = created(officer, """
                {"village":"donghu-cun","category":"SUBSIDIES","period":"2026-Q2","subsidies":[
                  {"name":"张玉兰","item":"耕地地力保护补贴","amount":"1865.40","date":"2026-05-20","idNumber":"652222195803120028","bankAccount":"6228 4800 0000 1234"}]}
                """);
        mvc.perform(get("/api/v1/village-disclosures/" + id).header("Authorization", bearer(officer)))
                .andExpect(jsonPath("$.subsidies[0].name").value("张玉兰"))
                .andExpect(jsonPath("$.subsidies[0].idNumber").value("****0028"))
                .andExpect(jsonPath("$.subsidies[0].bankAccount").value("****1234"))
                .andExpect(jsonPath("$.subsidyTotal").value("1865.40"))
                .andExpect(content().string(not(containsString("652222195803120028"))));

        long withNumber = created(officer, """
                {"village":"donghu-cun","category":"SUBSIDIES","period":"2026-Q2","subsidies":[
                  {"name":"王德明 652222196001010012","item":"草原生态保护补助","amount":"100.00","date":"2026-05-20"}]}
                """);
        step(officer, withNumber, "submit").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"))
                .andExpect(jsonPath("$.findings[*].rule").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(org.hamcrest.Matchers.oneOf("RESIDENT_ID", "BANK_CARD")))))
                .andExpect(jsonPath("$.findings[0].field").value("subsidies[0]"));
        mvc.perform(get("/api/v1/village-disclosures/" + withNumber).header("Authorization", bearer(officer)))
                .andExpect(jsonPath("$.state").value("DRAFT"));
    }

    @Test
    void timelinessIsPublicAndShowsTheLateVillages() throws Exception {
        mvc.perform(get("/api/v1/villages/xiheigou-cun/timeliness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.late").value(true))
                .andExpect(jsonPath("$.categories[?(@.category == 'FINANCE')].status").value(hasItem("LATE")))
                .andExpect(jsonPath("$.categories[?(@.category == 'FINANCE')].period").value(hasItem("2026-Q2")));
        mvc.perform(get("/api/v1/villages/jiuhu-cun/timeliness"))
                .andExpect(jsonPath("$.categories[?(@.category == 'FINANCE')].required").value(hasItem("月度")))
                .andExpect(jsonPath("$.categories[?(@.category == 'FINANCE')].status").value(hasItem("LATE")));
        mvc.perform(get("/api/v1/villages/yuanlin-cun/timeliness")).andExpect(jsonPath("$.late").value(false));
        mvc.perform(get("/api/v1/villages/market/timeliness")).andExpect(status().isNotFound());
    }

    private long count() {
        return jdbc.sql("select count(*) from village_disclosure").query(Long.class).single();
    }

    private long created(String token, String body) throws Exception {
        String json = send(token, post("/api/v1/village-disclosures"), body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private ResultActions step(String token, long id, String action) throws Exception {
        return step(token, id, action, "{}");
    }

    private ResultActions step(String token, long id, String action, String body) throws Exception {
        return send(token, post("/api/v1/village-disclosures/" + id + "/" + action), body);
    }

    private ResultActions send(String token, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String body) throws Exception {
        return mvc.perform(request.header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
