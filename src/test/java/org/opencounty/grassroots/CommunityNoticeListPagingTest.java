package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A community's notices are counted and paged in the database in each list's order: the public's (live ones, latest
 * published first) and its staff's (every notice, newest first); the page's texts are read in one statement. The notices
 * are the 西街社区's, whose list no other test reads.
 */
class CommunityNoticeListPagingTest extends IntegrationTest {

    private static final String COMMUNITY = "xijie-community";

    @Autowired
    private TestAccounts accounts;

    private String officer;

    @BeforeEach
    void moreNoticesThanAPage() throws Exception {
        officer = tokenFor(accounts.staff(COMMUNITY, Role.INFO_OFFICER, false));
        if (published().size() > 20) {
            return;
        }
        String director = tokenFor(accounts.staff(COMMUNITY, Role.UNIT_LEADER, false));
        String township = tokenFor("township1");
        for (int n = 0; n < 23; n++) {
            String json = mvc.perform(post("/api/v1/community-notices").header("Authorization", bearer(officer))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"community\":\"" + COMMUNITY + "\",\"title\":\"分页通知" + n + "\",\"body\":\"第" + n + "号通知正文。\"}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long id = ((Number) JsonPath.read(json, "$.id")).longValue();
            if (n % 8 == 7) {
                continue;   // a draft: listed for the staff only
            }
            step(officer, id, "submit");
            step(director, id, "approve");
            step(township, id, "approve");
        }
    }

    private void step(String token, long id, String action) throws Exception {
        mvc.perform(post("/api/v1/community-notices/" + id + "/" + action).header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
    }

    private List<Long> published() {
        return jdbc.sql("select id from community_notice where unit_id = (select id from unit where code = :code) "
                + "and live_revision_id is not null order by published_at desc, id desc").param("code", COMMUNITY).query(Long.class).list();
    }

    private List<Long> all() {
        return jdbc.sql("select id from community_notice where unit_id = (select id from unit where code = :code) order by id desc")
                .param("code", COMMUNITY).query(Long.class).list();
    }

    private static MockHttpServletRequestBuilder page(int page) {
        return get("/api/v1/communities/" + COMMUNITY + "/notices").param("page", String.valueOf(page));
    }

    private static List<Long> idsOf(ResultActions result) throws Exception {
        List<Number> ids = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void thePublicsAndTheStaffsListsArePagedInTheirOrder() throws Exception {
        record Reader(String token, List<Long> expected) {
        }
        for (Reader reader : List.of(new Reader(null, published()), new Reader(officer, all()))) {
            List<Long> expected = reader.expected();
            assertThat(expected).hasSizeGreaterThan(20);
            int last = (expected.size() + 19) / 20;
            for (int n = 1; n <= last; n++) {
                MockHttpServletRequestBuilder request = reader.token() == null ? page(n) : page(n).header("Authorization", bearer(reader.token()));
                ResultActions result = mvc.perform(request).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(expected.size()))
                        .andExpect(jsonPath("$.page").value(n));
                assertThat(idsOf(result)).as("page %d", n).isEqualTo(expected.subList((n - 1) * 20, Math.min(expected.size(), n * 20)));
            }
            assertThat(idsOf(mvc.perform(page(last + 1)))).isEmpty();
        }
        assertThat(published()).hasSizeLessThan(all().size());
        mvc.perform(page(0)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.page").exists());
        // The texts are the revisions each list shows.
        mvc.perform(page(1)).andExpect(jsonPath("$.items[0].title").value(containsString("分页通知")));
    }

    @Test
    void aPageReadsItsNoticesAndTheirTextsInAFixedNumberOfStatements() throws Exception {
        List<StatementCounter.Executed> statements = StatementCounter.record(() -> mvc.perform(page(1)).andExpect(status().isOk()));
        int rows = statements.stream().filter(s -> s.sql().contains("from community_notice ")).mapToInt(StatementCounter.Executed::rows).sum();
        assertThat(rows).as(statements.toString()).isLessThanOrEqualTo(21);
        assertThat(statements.stream().filter(s -> s.sql().contains("from community_notice_revision")).count())
                .as(statements.toString()).isEqualTo(1);
    }

    @Test
    void theCommunitysPagesLinkTheirPagesAndBringAnOldNumberIntoRange() throws Exception {
        List<Long> published = published();
        int last = (published.size() + 19) / 20;
        mvc.perform(get("/communities/" + COMMUNITY).param("noticePage", "999999")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notice-" + published.get(published.size() - 1) + "\"")))
                .andExpect(content().string(containsString("noticePage=" + (last - 1) + "#notices\" rel=\"prev\">上一页")));
        List<Long> all = all();
        mvc.perform(get("/admin/communities/" + COMMUNITY).param("noticePage", String.valueOf((all.size() + 19) / 20))
                        .session(sessionOf(accounts.staff(COMMUNITY, Role.INFO_OFFICER, false))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/community-notices/" + all.get(all.size() - 1) + "\"")));
    }
}
