package org.opencounty.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.common.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/** Article metadata through the API and the editor: impossible dates refused, policy documents complete before submission. */
class ArticleMetadataRulesTest extends IntegrationTest {

    @Autowired
    TimeMachine time;

    private ArticleApi api;
    private String officer;

    @BeforeEach
    void setUp() throws Exception {
        api = new ArticleApi(mvc, jdbc);
        officer = tokenFor("officer1");
    }

    private ResultActions create(String extra) throws Exception {
        return mvc.perform(post("/api/v1/articles").header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\":\"policies\",\"title\":\"关于某事项的通知\",\"body\":\"<p>正文。</p>\"" + extra + "}"));
    }

    @Test
    void impossibleDatesAreRefusedAndNothingIsSaved() throws Exception {
        LocalDate today = LocalDate.now(time.withZone(TimeConfiguration.CHINA));
        long before = jdbc.sql("select count(*) from article").query(Long.class).single();
        create(",\"writtenOn\":\"" + today.plusDays(1) + "\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.writtenOn").value(org.hamcrest.Matchers.containsString("成文日期不能晚于今天")));
        create(",\"writtenOn\":\"" + today.minusDays(10) + "\",\"validity\":\"REPEALED\",\"validityDate\":\"" + today.minusDays(11) + "\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.validityDate").value(org.hamcrest.Matchers.containsString("不能早于成文日期")));
        create(",\"publishAt\":\"" + time.instant().minusSeconds(60) + "\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.publishAt").value(org.hamcrest.Matchers.containsString("定时发布时间须晚于现在")));
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
        create(",\"writtenOn\":\"" + today + "\",\"publishAt\":\"" + time.instant().plusSeconds(3600) + "\"").andExpect(status().isCreated());
    }

    @Test
    void aPolicyDocumentNeedsItsNumberIssuerAndDateBeforeSubmission() throws Exception {
        String created = create("").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        api.act(officer, id, "submit").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.documentNumber").exists())
                .andExpect(jsonPath("$.fields.issuingBody").exists())
                .andExpect(jsonPath("$.fields.writtenOn").exists());
        api.get(officer, id).andExpect(jsonPath("$.state").value("DRAFT"));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/articles/" + id)
                        .header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"policies\",\"title\":\"关于某事项的通知\",\"body\":\"<p>正文。</p>\",\"documentNumber\":\"巴市监发〔2026〕5号\","
                                + "\"issuingBody\":\"巴里坤哈萨克自治县市场监督管理局\",\"writtenOn\":\"" + LocalDate.now(time.withZone(TimeConfiguration.CHINA)).minusDays(1)
                                + "\",\"version\":" + api.version(officer, id) + "}"))
                .andExpect(status().isOk());
        api.act(officer, id, "submit").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING_LEADER"));
    }

    @Test
    void aPolicyDocumentThatLostItsNumberIsNotPublished() throws Exception {
        // Complete when submitted; its 文号 gone before the center's step (a revision stored before the rule): the
        // rule is the kind's completeness, so publication asks it again, after screening, as it asks a guide's elements.
        String created = create(",\"documentNumber\":\"巴市监发〔2026〕6号\",\"issuingBody\":\"巴里坤哈萨克自治县市场监督管理局\",\"writtenOn\":\""
                + LocalDate.now(time.withZone(TimeConfiguration.CHINA)).minusDays(1) + "\"").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        api.act(officer, id, "submit").andExpect(status().isOk());
        api.act(tokenFor("leader1"), id, "approve").andExpect(status().isOk());
        jdbc.sql("update article_revision set document_number = '' where article_id = :id").param("id", id).update();

        api.act(tokenFor("center"), id, "approve").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.documentNumber").value(org.hamcrest.Matchers.containsString("须填写文号")));
        api.get(officer, id).andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        assertThat(jdbc.sql("select count(*) from published_article where article_id = :id").param("id", id).query(Long.class).single())
                .isZero();
    }

    @Test
    void theReplacedDocumentIsChosenByTitle() throws Exception {
        long replaceable = jdbc.sql("select article_id from published_article where category = 'laws' order by article_id limit 1").query(Long.class).single();
        String title = jdbc.sql("select title from published_article where article_id = :id").param("id", replaceable).query(String.class).single();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("officer1").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        String editor = mvc.perform(get("/admin/articles/new").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(editor).contains("<select id=\"replacedById\" name=\"replacedById\">")
                .containsPattern("<option value=\"" + replaceable + "\"[^>]*>" + java.util.regex.Pattern.quote(title))
                .doesNotContain("信息编号");
    }
}
