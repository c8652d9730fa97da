package org.opencounty.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo county starts with 好差评 on citizen1's decided cases, given and followed up through the module's own steps
 * (audited, one 差评 with its 回访 recorded, one waiting), shown on the public figures and in the back office; a second
 * start on the same database adds none.
 */
class DemoRatingsTest extends IntegrationTest {

    @Autowired
    PlatformBootstrap bootstrap;

    private List<String> demoRatings() {
        return jdbc.sql("""
                select a.query_code || '/' || r.level || '/' || r.state from interaction_rating r
                join application a on a.id = r.subject_id and r.subject = 'APPLICATION'
                where a.query_code like 'DEMO%' order by a.query_code""").query(String.class).list();
    }

    @Test
    void theDemoHasRatingsGivenOnceThroughTheDomain() throws Exception {
        assertThat(demoRatings()).containsExactly("DEMOBA07/BASICALLY_SATISFIED/RECORDED", "DEMOBA08/DISSATISFIED/FOLLOWED_UP",
                "DEMOMA06/SATISFIED/RECORDED", "DEMOMA07/VERY_SATISFIED/RECORDED", "DEMOMA09/VERY_DISSATISFIED/FOLLOW_UP_OPEN");
        assertThat(jdbc.sql("""
                select action || '/' || actor from audit_entry where target in (select 'rating:' || r.id from interaction_rating r
                join application a on a.id = r.subject_id and r.subject = 'APPLICATION' where a.query_code like 'DEMO%')
                order by id""").query(String.class).list())
                .containsExactly("rating.create/citizen1", "rating.create/citizen1", "rating.create/citizen1", "rating.create/citizen1",
                        "rating.create/citizen1", "rating.follow-up/handler2");

        // The public figures and the town's back office show them.
        assertThat(mvc.perform(get("/ratings/2026-07")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("县市场监督管理局", "巴里坤镇");
        assertThat(mvc.perform(get("/admin/ratings").session(sessionOf("handler2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("不满意（第 ", "已回访，待整改或说明", "基本满意（第 ");

        // A second start on the same data loads nothing again.
        bootstrap.bootstrap();
        assertThat(demoRatings()).hasSize(5);
    }
}
