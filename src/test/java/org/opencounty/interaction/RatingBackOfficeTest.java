package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.calendar.Region;
import org.springframework.mock.web.MockHttpSession;

/**
 * 好差评 in the back office, through the pages without JavaScript: the unit records the 回访 and the rectification of a
 * 差评 within its clock, errors in Chinese beside the fields and nothing changed; the center sees the open and the
 * overdue follow-ups and the appeals, which its supervisor decides with a reason; the list's filters and counts
 * answer the same in the pages and the API, each reader within their scope.
 */
class RatingBackOfficeTest extends RatingTest {

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String state(long id) {
        return jdbc.sql("select state || '/' || appeal_state || '/' || excluded || '/' || version from interaction_rating where id = :id")
                .param("id", id).query(String.class).single();
    }

    @Test
    void theUnitRecordsTheFollowUpAndTheRectificationInItsPages() throws Exception {
        RatingFixtures.Rated rated = fixtures.bad("13999000101");
        long id = rated.ratingId();
        LocalDate due = calendar.dueDate(LocalDate.now(time), 15, Region.XJ).dueDate();
        MockHttpSession handler = sessionOf("handler1");

        assertThat(page(handler, "/admin/ratings?state=OPEN")).contains("/admin/ratings/" + id + "\"").contains("待回访整改");
        // The dashboard counts it among the open follow-ups and links to it.
        assertThat(page(handler, "/admin")).contains("id=\"open-follow-ups\"").contains("href=\"/admin/ratings/" + id + "\"");
        assertThat(page(handler, "/admin/ratings/" + id)).contains("记录回访").contains(due.toString())
                .contains("/admin/messages/" + rated.messageId()).doesNotContain("记录复核结论");

        String before = state(id);
        // No CSRF token: refused, nothing changed.
        mvc.perform(post("/admin/ratings/" + id + "/follow-up").session(handler).param("note", "回访")).andExpect(status().isForbidden());
        // No note: the error in Chinese beside the field, nothing changed.
        String refused = mvc.perform(post("/admin/ratings/" + id + "/follow-up").session(handler).with(csrf()).param("note", " ")
                .param("version", "0")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).containsPattern("<textarea id=\"follow-up\"[^>]*>[^<]*</textarea>\\s*<p class=\"error\">请填写回访情况");
        assertThat(state(id)).isEqualTo(before);

        mvc.perform(post("/admin/ratings/" + id + "/follow-up").session(handler).with(csrf()).param("note", "电话回访，群众反映窗口排队时间长")
                .param("version", "0")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/ratings/" + id));
        assertThat(state(id)).startsWith("FOLLOWED_UP/");
        // The same form again, from a page read before: the version is stale.
        assertThat(mvc.perform(post("/admin/ratings/" + id + "/follow-up").session(handler).with(csrf()).param("note", "再次回访")
                .param("version", "0")).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("该评价已被他人处理");

        String missingKind = mvc.perform(post("/admin/ratings/" + id + "/rectify").session(handler).with(csrf()).param("note", "已增设窗口")
                .param("version", "1")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(missingKind).contains("<p class=\"error\">请选择整改").contains("已增设窗口");
        mvc.perform(post("/admin/ratings/" + id + "/rectify").session(handler).with(csrf()).param("kind", "RECTIFIED")
                .param("note", "午间增开一个窗口").param("version", "1")).andExpect(status().isFound());
        assertThat(state(id)).startsWith("CLOSED/NONE/false");
        assertThat(page(handler, "/admin/ratings/" + id)).contains("已整改或说明").contains("午间增开一个窗口").doesNotContain("记录回访");
        assertThat(jdbc.sql("select string_agg(action || '/' || actor, ',' order by id) from audit_entry where target = :t")
                .param("t", "rating:" + id).query(String.class).single())
                .contains("rating.follow-up/handler1", "rating.rectify/handler1");

        // Another unit's handler neither reads nor records; a citizen has no back office.
        MockHttpSession other = sessionOf("handler2");
        mvc.perform(get("/admin/ratings/" + id).session(other)).andExpect(status().isForbidden());
        assertThat(page(other, "/admin/ratings")).doesNotContain("/admin/ratings/" + id + "\"");
        mvc.perform(get("/admin/ratings").session(sessionOf("citizen1"))).andExpect(status().isForbidden());
    }

    @Test
    void theCenterSeesOpenAndOverdueFollowUpsAndItsSupervisorDecidesTheAppeal() throws Exception {
        RatingFixtures.Rated appealed = fixtures.bad("13999000111");
        RatingFixtures.Rated open = fixtures.rated("13999000112", "VERY_DISSATISFIED", 1, 1, 1);
        RatingFixtures.Rated good = fixtures.rated("13999000113", "SATISFIED", 4, 4, 5);
        MockHttpSession handler = sessionOf("handler1");
        mvc.perform(post("/admin/ratings/" + appealed.ratingId() + "/appeal").session(handler).with(csrf())
                .param("reason", "留言人评价的是其他部门的事项").param("version", "0")).andExpect(status().isFound());

        MockHttpSession center = sessionOf("center");
        assertThat(page(center, "/admin/ratings?state=OPEN")).contains("/admin/ratings/" + open.ratingId() + "\"")
                .doesNotContain("/admin/ratings/" + good.ratingId() + "\"");
        assertThat(page(center, "/admin/ratings?state=APPEAL_PENDING")).contains("/admin/ratings/" + appealed.ratingId() + "\"")
                .doesNotContain("/admin/ratings/" + open.ratingId() + "\"");
        // The center's editor sees the appeal; its administrators and supervisors decide it.
        assertThat(page(center, "/admin/ratings/" + appealed.ratingId())).contains("待中心复核").doesNotContain("记录复核结论");

        LocalDate due = calendar.dueDate(LocalDate.now(time), 15, Region.XJ).dueDate();
        assertThat(page(center, "/admin/ratings?state=OVERDUE")).doesNotContain("/admin/ratings/" + open.ratingId() + "\"");
        time.travelTo(due.plusDays(1));
        center = sessionOf("center");
        assertThat(page(center, "/admin/ratings?state=OVERDUE")).contains("/admin/ratings/" + open.ratingId() + "\"")
                .doesNotContain("/admin/ratings/" + good.ratingId() + "\"");
        assertThat(page(center, "/admin/ratings/" + open.ratingId())).contains("已超期");

        MockHttpSession supervisor = sessionOf("supervisor");
        assertThat(page(supervisor, "/admin/ratings/" + appealed.ratingId())).contains("记录复核结论");
        String before = state(appealed.ratingId());
        String refused = mvc.perform(post("/admin/ratings/" + appealed.ratingId() + "/decide").session(supervisor).with(csrf())
                .param("reason", "").param("version", "1")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<p class=\"error\">请选择申诉是否成立").contains("<p class=\"error\">请填写复核理由");
        assertThat(state(appealed.ratingId())).isEqualTo(before);
        mvc.perform(post("/admin/ratings/" + appealed.ratingId() + "/decide").session(supervisor).with(csrf()).param("upheld", "true")
                .param("reason", "经核实，评价内容与本单位办理无关").param("version", "1")).andExpect(status().isFound());
        assertThat(state(appealed.ratingId())).startsWith("FOLLOW_UP_OPEN/UPHELD/true");
        assertThat(page(supervisor, "/admin/ratings/" + appealed.ratingId())).contains("申诉成立，不计入统计").contains("经核实，评价内容与本单位办理无关");
        // An upheld appeal ends the follow-up: no longer open, nor overdue.
        assertThat(page(center, "/admin/ratings?state=OVERDUE")).doesNotContain("/admin/ratings/" + appealed.ratingId() + "\"");
    }

    @Test
    void theFiltersAndCountsAnswerTheSameInThePagesAndTheApi() throws Exception {
        fixtures.rated("13999000121", "DISSATISFIED", 3, 1, 3);
        fixtures.rated("13999000122", "VERY_SATISFIED", 5, 5, 5);
        String admin = tokenFor("admin");

        mvc.perform(get("/api/v1/ratings").param("level", "BAD").param("period", "2026-07").header("Authorization", bearer(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].level").value(everyItem(in(List.of("DISSATISFIED", "VERY_DISSATISFIED")))))
                .andExpect(jsonPath("$.items[*].ratedOn").value(everyItem(org.hamcrest.Matchers.startsWith("2026-07"))));
        mvc.perform(get("/api/v1/ratings").param("item", "EFFICIENCY").header("Authorization", bearer(admin)))
                .andExpect(jsonPath("$.items[*].items.EFFICIENCY").value(everyItem(lessThanOrEqualTo(2))))
                .andExpect(jsonPath("$.items[*].level").value(hasItem("DISSATISFIED")));
        mvc.perform(get("/api/v1/ratings").param("period", "2025").header("Authorization", bearer(admin)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/ratings").param("state", "NOPE").param("period", "2026-13").param("unit", "nowhere")
                        .header("Authorization", bearer(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.state").exists()).andExpect(jsonPath("$.fields.period").exists());
        mvc.perform(get("/api/v1/ratings").param("unit", "nowhere").header("Authorization", bearer(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.unit").value("没有这个单位"));

        // The counts of a filter: every rating the list holds, the excluded ones apart.
        String counts = mvc.perform(get("/api/v1/ratings/counts").param("unit", "market").header("Authorization", bearer(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long listed = ((Number) JsonPath.read(mvc.perform(get("/api/v1/ratings").param("unit", "market").header("Authorization", bearer(admin)))
                .andReturn().getResponse().getContentAsString(), "$.total")).longValue();
        long total = ((Number) JsonPath.read(counts, "$.total")).longValue();
        List<Number> levels = JsonPath.read(counts, "$.levels[*].count");
        assertThat(levels.stream().mapToLong(Number::longValue).sum()).isEqualTo(total);
        assertThat(total + ((Number) JsonPath.read(counts, "$.excluded")).longValue()).isEqualTo(listed).isPositive();
        long satisfied = levels.get(0).longValue() + levels.get(1).longValue() + levels.get(2).longValue();
        assertThat(new java.math.BigDecimal(JsonPath.read(counts, "$.satisfactionRate").toString()))
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(satisfied * 100).divide(java.math.BigDecimal.valueOf(total), 1,
                        java.math.RoundingMode.HALF_UP));
        // Another unit's handler counts none of the market's.
        mvc.perform(get("/api/v1/ratings/counts").param("unit", "market").header("Authorization", bearer(tokenFor("handler2"))))
                .andExpect(jsonPath("$.total").value(0));

        // The page: the same figures; a wrong filter is explained beside its field.
        MockHttpSession center = sessionOf("admin");
        assertThat(page(center, "/admin/ratings?unit=market")).contains("共 " + listed + " 件");
        String refused = mvc.perform(get("/admin/ratings").param("period", "七月").session(center)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).containsPattern("id=\"f-period\"[^>]*>\\s*<p class=\"error\">评价期间请写年份");
    }

    @Test
    void oneRatingOverTheApiTellsWhatTheCallerMayDo() throws Exception {
        RatingFixtures.Rated rated = fixtures.bad("13999000131");
        mvc.perform(get("/api/v1/ratings/" + rated.ratingId()).header("Authorization", bearer(tokenFor("handler1"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.line.standing").value("OPEN"))
                .andExpect(jsonPath("$.remainingWorkingDays").value(15)).andExpect(jsonPath("$.canFollowUp").value(true))
                .andExpect(jsonPath("$.canDecide").value(false))
                .andExpect(jsonPath("$.subjectLink").value("/admin/messages/" + rated.messageId()));
        mvc.perform(get("/api/v1/ratings/" + rated.ratingId()).header("Authorization", bearer(tokenFor("handler2")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ratings/" + rated.ratingId()).header("Authorization", bearer(tokenFor("citizen1")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ratings/" + Long.MAX_VALUE).header("Authorization", bearer(tokenFor("handler1")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ratings").header("Authorization", bearer(tokenFor("handler2"))))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) rated.ratingId()))));
    }
}
