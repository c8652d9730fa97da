package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
 * Volunteer activities are counted and paged in the database, latest start first (ties: newest first), on the API and
 * on the community's pages; whether the reader has a place is read for the page's activities in one statement, not once
 * an activity. The activities are the 西街社区's, whose list no other test reads.
 */
class ActivityListPagingTest extends IntegrationTest {

    private static final String COMMUNITY = "xijie-community";

    @Autowired
    private TestAccounts accounts;

    private List<Long> expected;

    @BeforeEach
    void moreActivitiesThanAPage() throws Exception {
        expected = ids();
        if (expected.size() > 40) {
            return;
        }
        String officer = tokenFor(accounts.staff(COMMUNITY, Role.INFO_OFFICER, false));
        for (int n = 0; n < 43; n++) {
            // Every third pair starts at the same minute: the newer is listed first.
            String startsAt = "2026-08-%02dT09:30".formatted(1 + n / 2);
            mvc.perform(post("/api/v1/activities").header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"community\":\"" + COMMUNITY + "\",\"title\":\"分页活动" + n + "\",\"place\":\"西街社区服务站\","
                            + "\"startsAt\":\"" + startsAt + "\",\"capacity\":5}")).andExpect(status().isCreated());
        }
        expected = ids();
    }

    private List<Long> ids() {
        return jdbc.sql("select id from volunteer_activity where unit_id = (select id from unit where code = :code) "
                + "order by starts_at desc, id desc").param("code", COMMUNITY).query(Long.class).list();
    }

    private static List<Long> idsOf(ResultActions result) throws Exception {
        List<Number> ids = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private static MockHttpServletRequestBuilder page(int page) {
        return get("/api/v1/activities").param("community", COMMUNITY).param("page", String.valueOf(page));
    }

    @Test
    void theListIsPagedInItsOrderUpToTheLastPage() throws Exception {
        int last = (expected.size() + 19) / 20;
        assertThat(last).isGreaterThan(1);
        for (int n = 1; n <= last; n++) {
            ResultActions result = mvc.perform(page(n)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(expected.size()))
                    .andExpect(jsonPath("$.page").value(n)).andExpect(jsonPath("$.size").value(20));
            assertThat(idsOf(result)).as("page %d", n).isEqualTo(expected.subList((n - 1) * 20, Math.min(expected.size(), n * 20)));
        }
        assertThat(idsOf(mvc.perform(page(last + 1)).andExpect(jsonPath("$.total").value(expected.size())))).isEmpty();
        mvc.perform(page(0)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.page").exists());
        mvc.perform(page(10_001)).andExpect(status().isBadRequest());

        List<Long> site = jdbc.sql("select id from volunteer_activity where site_id = (select site_id from unit where code = :code) "
                + "order by starts_at desc, id desc").param("code", COMMUNITY).query(Long.class).list();
        ResultActions all = mvc.perform(get("/api/v1/activities")).andExpect(jsonPath("$.total").value(site.size()));
        assertThat(idsOf(all)).isEqualTo(site.subList(0, 20));
    }

    @Test
    void theReadersPlacesAreMarkedAndReadOnceAPage() throws Exception {
        long taken = expected.get(3);
        String citizen = tokenFor("citizen1");
        mvc.perform(post("/api/v1/activities/" + taken + "/registrations").header("Authorization", bearer(citizen)));
        ResultActions mine = mvc.perform(page(1).header("Authorization", bearer(citizen))).andExpect(status().isOk());
        assertThat((List<Long>) JsonPath.<List<Number>>read(mine.andReturn().getResponse().getContentAsString(), "$.items[?(@.mine == true)].id")
                .stream().map(Number::longValue).toList()).containsExactly(taken);
        mvc.perform(page(1)).andExpect(jsonPath("$.items[?(@.mine == true)]").isEmpty());

        int anonymous = StatementCounter.count(() -> mvc.perform(page(1)).andExpect(status().isOk()));
        List<StatementCounter.Executed> statements = StatementCounter.record(() ->
                mvc.perform(page(1).header("Authorization", bearer(citizen))).andExpect(status().isOk()));
        int rows = statements.stream().filter(s -> s.sql().contains("from volunteer_activity")).mapToInt(StatementCounter.Executed::rows).sum();
        // The page's twenty activities and the count's row, not all of the community's.
        assertThat(rows).as(statements.toString()).isLessThanOrEqualTo(21);
        // Signed in costs the token's reads and the one question of the page's places, not one a row.
        assertThat(statements.stream().filter(s -> s.sql().contains("activity_registration")).count()).as(statements.toString()).isEqualTo(1);
        assertThat(statements.size()).as(statements.toString()).isLessThanOrEqualTo(anonymous + 4);
    }

    @Test
    void theCommunitysPagesLinkTheirPagesAndBringAnOldNumberIntoRange() throws Exception {
        int last = (expected.size() + 19) / 20;
        String oldest = "/admin/activities/" + expected.get(expected.size() - 1);
        mvc.perform(get("/communities/" + COMMUNITY)).andExpect(status().isOk())
                .andExpect(content().string(containsString("activityPage=2#activities\" rel=\"next\">下一页")))
                .andExpect(content().string(not(containsString("上一页"))));
        for (String n : new String[] {String.valueOf(last), String.valueOf(last + 5), "999999"}) {
            mvc.perform(get("/communities/" + COMMUNITY).param("activityPage", n)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"activity-" + expected.get(expected.size() - 1) + "\"")))
                    .andExpect(content().string(containsString("rel=\"prev\">上一页")));
        }
        mvc.perform(get("/admin/communities/" + COMMUNITY).param("activityPage", String.valueOf(last))
                        .session(sessionOf(accounts.staff(COMMUNITY, Role.INFO_OFFICER, false))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"" + oldest + "\"")))
                .andExpect(content().string(containsString("第 " + last + " / " + last + " 页")));
    }
}
