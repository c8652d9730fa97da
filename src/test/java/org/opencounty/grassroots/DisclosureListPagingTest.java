package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Village and party disclosures are counted and paged in the database in each list's order, for each reader's scope:
 * a page reads the same number of statements with 3 items as with 60, and its rows only. The drafts are written for
 * 西黑沟村 and its branch, whose working lists no other test reads.
 */
class DisclosureListPagingTest extends IntegrationTest {

    private static final String VILLAGE = "xiheigou-cun";
    private static final String BRANCH = "xiheigou-cun-party";

    @Autowired
    private TestAccounts accounts;

    private void villageDrafts(String officer, int upTo) throws Exception {
        for (int n = villageWork().size(); n < upTo; n++) {
            mvc.perform(post("/api/v1/village-disclosures").header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"village\":\"" + VILLAGE + "\",\"category\":\"PROJECTS\",\"period\":\"2026-Q" + (1 + n % 3)
                            + "\",\"title\":\"分页村务" + n + "\",\"body\":\"第" + n + "号事项。\"}"))
                    .andExpect(status().isCreated());
        }
    }

    private void partyDrafts(String officer, int upTo) throws Exception {
        for (int n = partyWork().size(); n < upTo; n++) {
            mvc.perform(post("/api/v1/party-disclosures").header("Authorization", bearer(officer)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"organisation\":\"" + BRANCH + "\",\"category\":\"DUES\",\"visibility\":\"" + (n % 2 == 0 ? "INTERNAL" : "PUBLIC")
                            + "\",\"title\":\"分页党务" + n + "\",\"body\":\"第" + n + "号事项。\"}"))
                    .andExpect(status().isCreated());
        }
    }

    private List<Long> villageWork() {
        return jdbc.sql("select id from village_disclosure where unit_id = (select id from unit where code = :code)"
                        + " and (working_revision_id is not null or live_revision_id is not null) order by id desc")
                .param("code", VILLAGE).query(Long.class).list();
    }

    private List<Long> partyWork() {
        return jdbc.sql("select id from party_disclosure where unit_id = (select id from unit where code = :code)"
                        + " and (working_revision_id is not null or live_revision_id is not null) order by id desc")
                .param("code", BRANCH).query(Long.class).list();
    }

    private List<Long> publishedOnSite() {
        return jdbc.sql("select d.id from village_disclosure d join unit u on u.id = d.unit_id where u.code <> 'x'"
                + " and d.live_revision_id is not null order by d.published_at desc, d.id desc").query(Long.class).list();
    }

    private List<Long> pages(MockHttpServletRequestBuilder first, String url, String token, int expectedTotal) throws Exception {
        List<Long> ids = new ArrayList<>();
        int last = (expectedTotal + 19) / 20;
        for (int n = 1; n <= last + 1; n++) {
            MockHttpServletRequestBuilder request = get(url).param("page", String.valueOf(n));
            if (token != null) {
                request.header("Authorization", bearer(token));
            }
            String json = mvc.perform(request).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(expectedTotal))
                    .andExpect(jsonPath("$.page").value(n)).andReturn().getResponse().getContentAsString();
            List<Number> page = JsonPath.read(json, "$.items[*].id");
            assertThat(page.size()).as("page %d", n).isLessThanOrEqualTo(20);
            page.forEach(id -> ids.add(id.longValue()));
        }
        return ids;
    }

    @Test
    void eachReadersListIsPagedInItsOrder() throws Exception {
        String villageOfficer = tokenFor(accounts.staff(VILLAGE, Role.INFO_OFFICER, false));
        String partyOfficer = tokenFor(accounts.staff(BRANCH, Role.INFO_OFFICER, false));
        villageDrafts(villageOfficer, 45);
        partyDrafts(partyOfficer, 45);
        List<Long> work = villageWork();
        assertThat(pages(null, "/api/v1/village-disclosures?village=" + VILLAGE, villageOfficer, work.size())).isEqualTo(work);
        List<Long> published = publishedOnSite();
        assertThat(pages(null, "/api/v1/village-disclosures", null, published.size())).isEqualTo(published);
        List<Long> party = partyWork();
        assertThat(pages(null, "/api/v1/party-disclosures?organisation=" + BRANCH, partyOfficer, party.size())).isEqualTo(party);
        // The public reads none of the drafts; a member of another branch neither.
        String json = mvc.perform(get("/api/v1/party-disclosures").param("organisation", BRANCH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Number> shown = JsonPath.read(json, "$.items[*].id");
        assertThat(shown.stream().map(Number::longValue).toList()).doesNotContainAnyElementsOf(party.subList(0, 40));
        for (String url : List.of("/api/v1/village-disclosures", "/api/v1/party-disclosures")) {
            mvc.perform(get(url).param("page", "0")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.page").exists());
            mvc.perform(get(url).param("page", "10001")).andExpect(status().isBadRequest());
        }
    }

    private List<StatementCounter.Executed> read(String url, String token) throws Exception {
        return StatementCounter.record(() -> mvc.perform(get(url).header("Authorization", bearer(token))).andExpect(status().isOk()));
    }

    @Test
    void aPageReadsAFixedNumberOfStatementsWhateverTheNumberOfItems() throws Exception {
        String villageOfficer = tokenFor(accounts.staff(VILLAGE, Role.INFO_OFFICER, false));
        String partyOfficer = tokenFor(accounts.staff(BRANCH, Role.INFO_OFFICER, false));
        String township = tokenFor("township1");
        String center = tokenFor("center");
        villageDrafts(villageOfficer, 3);
        partyDrafts(partyOfficer, 3);
        List<String> urls = List.of("/api/v1/village-disclosures?village=" + VILLAGE, "/api/v1/village-disclosures",
                "/api/v1/party-disclosures?organisation=" + BRANCH, "/api/v1/party-disclosures");
        List<String> readers = List.of(villageOfficer, township, center, partyOfficer);
        List<Integer> few = new ArrayList<>();
        for (String url : urls) {
            for (String reader : readers) {
                few.add(read(url, reader).size());
            }
        }
        villageDrafts(villageOfficer, 60);
        partyDrafts(partyOfficer, 60);
        List<Integer> many = new ArrayList<>();
        for (String url : urls) {
            for (String reader : readers) {
                List<StatementCounter.Executed> statements = read(url, reader);
                many.add(statements.size());
                int rows = statements.stream().filter(s -> s.sql().contains("from village_disclosure ") || s.sql().contains("from party_disclosure "))
                        .mapToInt(StatementCounter.Executed::rows).sum();
                assertThat(rows).as(url + " " + statements).isLessThanOrEqualTo(21);
            }
        }
        assertThat(many).isEqualTo(few);
    }
}
