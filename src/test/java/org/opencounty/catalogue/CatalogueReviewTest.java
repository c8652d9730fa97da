package org.opencounty.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.Listeners;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Service guides go through the same chain as articles, and only complete guides are published. */
class CatalogueReviewTest extends IntegrationTest {

    private static final String INCOMPLETE = """
            {"name":"小餐饮经营许可（测试）","type":"01","target":"BOTH","handlingSection":"行政审批股",
             "conditions":["有固定的经营场所"],"statutoryLimitDays":20,"promisedLimitDays":5,"free":true,
             "materials":[{"name":"申请书","form":"ORIGINAL","medium":"PAPER","copies":1,"required":true}]}""";

    private static final String COMPLETE = """
            {"name":"小餐饮经营许可（测试）","type":"01","target":"BOTH","handlingSection":"行政审批股",
             "legalBasis":[{"title":"《新疆维吾尔自治区食品小作坊、小餐饮店、小食杂店和食品摊贩管理条例》","article":"第十二条","text":"小餐饮店实行许可管理"}],
             "conditions":["有固定的经营场所","法律、法规规定的其他条件"],"statutoryLimitDays":20,"promisedLimitDays":5,"free":true,
             "materials":[{"name":"申请书","form":"ORIGINAL","medium":"PAPER","copies":1,"required":true},{"name":"营业执照","form":"COPY","medium":"PAPER","copies":1,"required":true}],
             "procedure":[{"name":"受理","handler":"窗口","limitDays":1},{"name":"现场核查","handler":"监管所","limitDays":3},{"name":"决定","handler":"股长","limitDays":1}],
             "location":"县政务服务中心","officeHours":"工作日 10:00-14:00","phone":"0902-6821234","handlingForms":["WINDOW","ONLINE"],"onlineApplication":true}""";

    @Test
    void anIncompleteGuideIsRefusedWithWhatItLacks() throws Exception {
        String officer = tokenFor("officer1");
        long id = create(officer, INCOMPLETE).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.completeness.complete").value(false))
                .andExpect(jsonPath("$.materials[0].id").value("m1"))
                .andReturn().getResponse().getContentAsString().transform(CatalogueReviewTest::id);
        act(officer, "/api/v1/service-items/" + id + "/submit")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INCOMPLETE"))
                .andExpect(jsonPath("$.missing").value(org.hamcrest.Matchers.containsInAnyOrder("legalBasis", "location", "officeHours", "phone", "procedure")));
        mvc.perform(get("/api/v1/service-items/" + id + "/completeness").header("Authorization", bearer(officer)))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.missing.length()").value(5));
    }

    /**
     * A guide refused by screening answers like an article or a profile: 422 SCREENING_BLOCKED with every finding
     * (field, rule, severity, excerpt), and the refusal is audited; the guide's phone, its point, is not reported.
     */
    @Test
    void aGuideWithAnInternalMarkingIsRefusedWithTheFindings() throws Exception {
        String officer = tokenFor("officer1");
        long id = create(officer, COMPLETE.replace("有固定的经营场所", "有固定的经营场所（内部资料 注意保存）"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString().transform(CatalogueReviewTest::id);
        act(officer, "/api/v1/service-items/" + id + "/submit")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"))
                .andExpect(jsonPath("$.message").isNotEmpty())
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].field").value("conditions"))
                .andExpect(jsonPath("$.findings[0].rule").value("INTERNAL_MARKING"))
                .andExpect(jsonPath("$.findings[0].severity").value("BLOCK"))
                .andExpect(jsonPath("$.findings[0].excerpt").value(containsString("内部资料")))
                .andExpect(jsonPath("$.fields.conditions").value(containsString("内部资料")));
        mvc.perform(get("/api/v1/service-items/" + id + "/completeness").header("Authorization", bearer(officer)))
                .andExpect(jsonPath("$.complete").value(true));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'catalogue.submit' and target = :target and result = 'DENIED'""")
                .param("target", "item:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCompleteGuideGoesThroughTheChainToTheCatalogue() throws Exception {
        String officer = tokenFor("officer1");
        long id = create(officer, COMPLETE).andExpect(status().isCreated())
                .andExpect(jsonPath("$.completeness.complete").value(true))
                .andExpect(jsonPath("$.completeness.warnings[0]").value("CATCH_ALL_CONDITION"))
                .andReturn().getResponse().getContentAsString().transform(CatalogueReviewTest::id);
        mvc.perform(get("/api/v1/service-items/" + id)).andExpect(status().isNotFound());

        act(officer, "/api/v1/service-items/" + id + "/submit").andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        act(tokenFor("leader2"), "/api/v1/service-items/" + id + "/approve").andExpect(status().isForbidden());
        act(tokenFor("center"), "/api/v1/service-items/" + id + "/approve").andExpect(status().isForbidden());
        act(tokenFor("leader1"), "/api/v1/service-items/" + id + "/approve").andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        act(tokenFor("center"), "/api/v1/service-items/" + id + "/approve").andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.publicUrl").value("/services/" + id));

        mvc.perform(get("/api/v1/service-items/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("小餐饮经营许可（测试）"))
                .andExpect(jsonPath("$.procedure.length()").value(3));
        mvc.perform(get("/api/v1/service-items").param("unit", "market").param("online", "true"))
                .andExpect(jsonPath("$.items[*].name").value(hasItem("小餐饮经营许可（测试）")));
        mvc.perform(get("/services/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("<ol class=\"procedure-list\">")))
                .andExpect(content().string(containsString("<meta name=\"ArticleTitle\" content=\"小餐饮经营许可（测试）\">")));
        mvc.perform(get("/api/v1/search").param("q", "小餐饮经营许可"))
                .andExpect(jsonPath("$.services[0].type").value("service-item"))
                .andExpect(jsonPath("$.services[0].url").value("/services/" + id));

        act(tokenFor("center"), "/api/v1/service-items/" + id + "/withdraw", "{\"reason\":\"事项调整\"}").andExpect(jsonPath("$.state").value("WITHDRAWN"));
        Listeners.awaitCompletion(jdbc);
        mvc.perform(get("/services/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/search").param("q", "小餐饮经营许可")).andExpect(jsonPath("$.services.length()").value(0));
    }

    @Test
    void aPromiseBeyondTheStatutoryLimitIsRefusedAndAnotherUnitCannotEdit() throws Exception {
        String officer = tokenFor("officer1");
        create(officer, COMPLETE.replace("\"promisedLimitDays\":5", "\"promisedLimitDays\":25"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.promisedLimitDays").value("承诺时限不能超过法定时限"));
        long id = create(officer, COMPLETE).andReturn().getResponse().getContentAsString().transform(CatalogueReviewTest::id);
        mvc.perform(put("/api/v1/service-items/" + id).param("version", "0").header("Authorization", bearer(tokenFor("officer2")))
                .contentType(MediaType.APPLICATION_JSON).content(COMPLETE)).andExpect(status().isForbidden());
        create(tokenFor("leader1"), COMPLETE).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/service-items/" + id).param("version", "99").header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON).content(COMPLETE)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"));
    }

    @Test
    void eachUnitHasACompletenessReport() throws Exception {
        mvc.perform(get("/api/v1/service-items/completeness-report").param("unit", "market").header("Authorization", bearer(tokenFor("officer1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("market"))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(5)))
                .andExpect(jsonPath("$.items[0].completeness.complete").isBoolean());
        mvc.perform(get("/api/v1/service-items/completeness-report").param("unit", "market").header("Authorization", bearer(tokenFor("center"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/service-items/completeness-report").param("unit", "market").header("Authorization", bearer(tokenFor("officer2"))))
                .andExpect(status().isForbidden());
    }

    private ResultActions create(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/service-items").header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions act(String token, String path) throws Exception {
        return act(token, path, "{}");
    }

    private ResultActions act(String token, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
