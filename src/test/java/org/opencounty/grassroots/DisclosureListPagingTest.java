package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.opencounty.TestAccounts;
import org.opencounty.accounts.Accounts;
import org.opencounty.accounts.Authenticator;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
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
    @Autowired
    private Accounts accountStore;
    @Autowired
    private Authenticator authenticator;
    @Autowired
    private VillageQueries villages;
    @Autowired
    private PartyQueries party;

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

    private Actor actor(String username) {
        return authenticator.principalOf(accountStore.find(username).orElseThrow()).actor();
    }

    /** The back office's lists as they were read before: every item the person sees, the party ones kept to their work. */
    private List<Long> villageReference(Actor actor) {
        return villages.work(actor, actor.siteId(), null).stream().map(VillageView::id).toList();
    }

    private List<Long> partyReference(Actor actor) {
        return party.list(actor, actor.siteId(), null).stream()
                .filter(p -> party.seesWork(actor, actor.siteId(), party.organisation(actor.siteId(), p.organisation()).id()))
                .map(PartyView::id).toList();
    }

    private static List<Long> linked(String html, String kind) {
        Matcher link = Pattern.compile("href=\"/admin/" + kind + "-disclosures/(\\d+)\"").matcher(html);
        List<Long> ids = new ArrayList<>();
        while (link.find()) {
            ids.add(Long.parseLong(link.group(1)));
        }
        return ids;
    }

    private String backOffice(MockHttpSession session, int villagePage, int partyPage) throws Exception {
        return mvc.perform(get("/admin/grassroots").session(session).param("villagePage", String.valueOf(villagePage))
                .param("partyPage", String.valueOf(partyPage))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theBackOfficeListsArePagedForEachReaderAsTheyWereListedWhole() throws Exception {
        String villageOfficer = accounts.staff(VILLAGE, Role.INFO_OFFICER, false);
        String partyOfficer = accounts.staff(BRANCH, Role.INFO_OFFICER, false);
        villageDrafts(tokenFor(villageOfficer), 45);
        partyDrafts(tokenFor(partyOfficer), 45);
        for (String reader : List.of(villageOfficer, partyOfficer, "township1", "center")) {
            MockHttpSession session = sessionOf(reader);
            List<Long> villageWork = villageReference(actor(reader));
            List<Long> partyWork = partyReference(actor(reader));
            List<Long> villagePages = new ArrayList<>();
            List<Long> partyPages = new ArrayList<>();
            int last = Math.max(1, Math.max((villageWork.size() + 19) / 20, (partyWork.size() + 19) / 20));
            for (int n = 1; n <= last; n++) {
                String html = backOffice(session, Math.min(n, Math.max(1, (villageWork.size() + 19) / 20)),
                        Math.min(n, Math.max(1, (partyWork.size() + 19) / 20)));
                List<Long> v = linked(html, "village");
                List<Long> p = linked(html, "party");
                assertThat(v.size()).as(reader).isLessThanOrEqualTo(20);
                assertThat(p.size()).as(reader).isLessThanOrEqualTo(20);
                if (n <= (villageWork.size() + 19) / 20) {
                    villagePages.addAll(v);
                }
                if (n <= (partyWork.size() + 19) / 20) {
                    partyPages.addAll(p);
                }
            }
            assertThat(villagePages).as(reader).isEqualTo(villageWork);
            assertThat(partyPages).as(reader).isEqualTo(partyWork);
        }
        // The officers' own lists are long enough to page; each list's links keep the other's page.
        String html = backOffice(sessionOf(villageOfficer), 2, 1);
        assertThat(html).contains("href=\"/admin/grassroots?partyPage=1&amp;villagePage=3#v-heading\"")
                .contains("href=\"/admin/grassroots?partyPage=1&amp;villagePage=1#v-heading\"");
        html = backOffice(sessionOf(partyOfficer), 1, 2);
        assertThat(html).contains("href=\"/admin/grassroots?villagePage=1&amp;partyPage=3#p-heading\"");
        // A page beyond the last shows the last; the party officer sees no village's work, the village officer no party item.
        assertThat(linked(backOffice(sessionOf(villageOfficer), 99, 1), "village")).isNotEmpty();
        assertThat(linked(backOffice(sessionOf(villageOfficer), 1, 1), "party")).isEmpty();
        assertThat(linked(backOffice(sessionOf(partyOfficer), 1, 1), "village")).isEmpty();
    }

    @Test
    void theBackOfficeReadsAFixedNumberOfStatementsWhateverTheNumberOfItems() throws Exception {
        String villageOfficer = accounts.staff(VILLAGE, Role.INFO_OFFICER, false);
        String partyOfficer = accounts.staff(BRANCH, Role.INFO_OFFICER, false);
        villageDrafts(tokenFor(villageOfficer), 3);
        partyDrafts(tokenFor(partyOfficer), 3);
        List<MockHttpSession> readers = new ArrayList<>();
        for (String reader : List.of(villageOfficer, partyOfficer, "township1", "center")) {
            readers.add(sessionOf(reader));
        }
        List<Integer> few = new ArrayList<>();
        for (MockHttpSession reader : readers) {
            backOffice(reader, 1, 1);   // the first request warms what is kept between requests
            few.add(StatementCounter.count(() -> backOffice(reader, 1, 1)));
        }
        villageDrafts(tokenFor(villageOfficer), 60);
        partyDrafts(tokenFor(partyOfficer), 60);
        List<Integer> many = new ArrayList<>();
        for (MockHttpSession reader : readers) {
            List<StatementCounter.Executed> statements = StatementCounter.record(() -> backOffice(reader, 1, 1));
            many.add(statements.size());
            int rows = statements.stream().filter(s -> s.sql().contains("from village_disclosure ") || s.sql().contains("from party_disclosure "))
                    .mapToInt(StatementCounter.Executed::rows).sum();
            assertThat(rows).as(statements.toString()).isLessThanOrEqualTo(2 * 21);
        }
        assertThat(many).isEqualTo(few);
    }
}
