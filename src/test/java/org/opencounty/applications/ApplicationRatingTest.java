package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** 一事一评: only the applicant rates a case, only once it is decided, only once (docs/interaction.md, Ratings). */
class ApplicationRatingTest extends IntegrationTest {

    ResultActions rate(String token, long id) throws Exception {
        return mvc.perform(post("/api/v1/ratings").header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON).content("""
                {"subject":"APPLICATION","id":%d,"level":"VERY_SATISFIED","items":{"OVERALL":5,"EFFICIENCY":5,"ATTITUDE":5}}""".formatted(id)));
    }

    @Test
    void theApplicantRatesADecidedCaseOnce() throws Exception {
        ApplicationApi api = new ApplicationApi(mvc, jdbc);
        String citizen = tokenFor("citizen1");
        long id = api.submitted(citizen, api.onlineItemOf("market"));
        rate(citizen, id).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("NOT_FINISHED"));
        api.act(tokenFor("handler1"), id, "reject", "{\"reason\":\"申请事项不属于本机关职权范围\",\"legalBasis\":\"《中华人民共和国行政许可法》第三十二条第一款第（二）项\"}")
                .andExpect(jsonPath("$.state").value("REJECTED"));
        rate(tokenFor("handler1"), id).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from interaction_rating where subject = 'APPLICATION' and subject_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        rate(citizen, id).andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("RECORDED"))
                .andExpect(jsonPath("$.unitCode").value("market"));
        rate(citizen, id).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ALREADY_RATED"));
    }
}
