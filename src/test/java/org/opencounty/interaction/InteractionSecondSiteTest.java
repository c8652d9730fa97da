package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencounty.IntegrationTest;
import org.opencounty.accounts.Accounts;
import org.opencounty.common.Role;
import org.opencounty.sites.Site;
import org.opencounty.sites.Sites;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sites are a boundary for public interaction too. Another county's staff (center, handler, leader, supervisor) and
 * citizen, on their own host, find none of the first county's messages, disclosure requests and ratings — not in their
 * lists, not by id (404, pages and API), not by the query code — and change none of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteractionSecondSiteTest extends IntegrationTest {

    private static final String HOST = "www.interaction-other.test";
    private static final List<String> PEOPLE = List.of("i2admin", "i2center", "i2handler", "i2leader", "i2supervisor", "i2citizen");

    @Autowired
    Sites sites;
    @Autowired
    Units units;
    @Autowired
    Accounts accounts;
    @Autowired
    RateLimits rateLimits;

    private RatingFixtures.Rated rated;
    private long request;

    @BeforeAll
    void secondSite() throws Exception {
        if (sites.byCode("interaction-other").isEmpty()) {
            Site other = sites.create(new Site("interaction-other", "另一县人民政府", HOST, "6599990003", false), List.of(HOST));
            Unit county = units.seed(other.id(), "i2-county", "另一县人民政府", UnitKind.COUNTY, null, 10, null, "test");
            Unit market = units.seed(other.id(), "i2-market", "另一县市场监督管理局", UnitKind.DEPARTMENT, county, 20, null, "test");
            Map<String, Set<Role>> roles = Map.of("i2admin", Set.of(Role.CENTER_ADMIN), "i2center", Set.of(Role.CENTER_EDITOR),
                    "i2handler", Set.of(Role.CASE_HANDLER, Role.INFO_OFFICER), "i2leader", Set.of(Role.UNIT_LEADER),
                    "i2supervisor", Set.of(Role.SUPERVISOR));
            roles.forEach((username, held) -> accounts.bootstrapStaff(other.id(), username, "另一县" + username,
                    held.contains(Role.CASE_HANDLER) || held.contains(Role.UNIT_LEADER) ? market.id() : county.id(), held, DEMO_PASSWORD, false));
            accounts.registerCitizen(other.id(), "i2citizen", "另一县居民", "", "i2citizen@example.test", DEMO_PASSWORD);
        }
        rated = new RatingFixtures(mvc, this::tokenFor, rateLimits).bad("13999000301");
        String created = mvc.perform(post("/api/v1/disclosure-requests").header("Authorization", bearer(tokenFor("citizen1")))
                        .contentType(MediaType.APPLICATION_JSON).content(DisclosureApiTest.request("market")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        request = ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private static RequestPostProcessor onTheirHost() {
        return request -> {
            request.setServerName(HOST);
            return request;
        };
    }

    private String token(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").with(onTheirHost()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", DEMO_PASSWORD)
                .with(csrf()).with(onTheirHost())).andReturn().getRequest().getSession();
    }

    private String state() {
        return jdbc.sql("""
                select m.state || m.version || '/' || r.state || r.version || '/' || d.state || d.version
                from interaction_message m, interaction_rating r, disclosure_request d
                where m.id = :m and r.id = :r and d.id = :d""")
                .param("m", rated.messageId()).param("r", rated.ratingId()).param("d", request).query(String.class).single();
    }

    @Test
    void anotherCountysPeopleFindAndChangeNoneOfTheFirstCountysInteraction() throws Exception {
        String before = state();
        long message = rated.messageId();
        long rating = rated.ratingId();
        for (String username : PEOPLE) {
            String token = token(username);
            for (String path : List.of("/api/v1/messages/" + message, "/api/v1/disclosure-requests/" + request, "/api/v1/ratings/" + rating)) {
                assertThat(mvc.perform(get(path).with(onTheirHost()).header("Authorization", bearer(token))).andReturn().getResponse().getStatus())
                        .as(username + " GET " + path).isEqualTo(404);
            }
            Map<String, String> changes = Map.of(
                    "/api/v1/messages/" + message + "/transfer", "{\"unit\":\"i2-market\",\"reason\":\"转办\"}",
                    "/api/v1/messages/" + message + "/reply", "{\"reply\":\"答复\"}",
                    "/api/v1/disclosure-requests/" + request + "/correction", "{\"note\":\"请补正\"}",
                    "/api/v1/disclosure-requests/" + request + "/extend", "{\"days\":10,\"reason\":\"延期\"}",
                    "/api/v1/ratings/" + rating + "/follow-up", "{\"note\":\"回访\"}",
                    "/api/v1/ratings/" + rating + "/appeal", "{\"reason\":\"恶意\"}",
                    "/api/v1/ratings/" + rating + "/appeal/decide", "{\"upheld\":true,\"reason\":\"成立\"}");
            for (var change : changes.entrySet()) {
                assertThat(mvc.perform(post(change.getKey()).with(onTheirHost()).header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(change.getValue())).andReturn().getResponse().getStatus())
                        .as(username + " POST " + change.getKey()).isEqualTo(404);
            }
            // Their own rating of the first county's message, with its query code: no such message on their site.
            assertThat(mvc.perform(post("/api/v1/ratings").with(onTheirHost()).header("Authorization", bearer(token))
                    .contentType(MediaType.APPLICATION_JSON).content(RatingApiTest.rating(message, rated.queryCode(), rated.phone(), "SATISFIED")))
                    .andReturn().getResponse().getStatus()).as(username + " rates").isEqualTo(404);
            if (!username.equals("i2citizen")) {
                for (String list : List.of("/api/v1/messages", "/api/v1/disclosure-requests", "/api/v1/ratings")) {
                    String body = mvc.perform(get(list).with(onTheirHost()).header("Authorization", bearer(token)))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                    assertThat((List<Object>) JsonPath.read(body, "$.items[*].id")).as(username + " " + list)
                            .doesNotContain((int) message, (int) request, (int) rating);
                }
            }

            MockHttpSession session = signIn(username);
            List<String> pages = username.equals("i2citizen")
                    ? List.of("/account/disclosure-requests/" + request, "/account/disclosure-requests/" + request + "/answer-letter")
                    : List.of("/admin/messages/" + message, "/admin/disclosure-requests/" + request, "/admin/ratings/" + rating);
            for (String path : pages) {
                assertThat(mvc.perform(get(path).session(session).with(onTheirHost())).andReturn().getResponse().getStatus())
                        .as(username + " GET " + path).isEqualTo(404);
            }
            for (String path : List.of("/admin/messages/" + message + "/reply", "/admin/ratings/" + rating + "/follow-up",
                    "/admin/ratings/" + rating + "/decide")) {
                int status = mvc.perform(post(path).session(session).with(onTheirHost()).with(csrf()).param("reply", "答复")
                        .param("note", "回访").param("upheld", "true").param("reason", "成立")).andReturn().getResponse().getStatus();
                assertThat(status).as(username + " POST " + path).isEqualTo(username.equals("i2citizen") ? 403 : 404);
            }
        }
        // Nor does the query code find the first county's message on their host.
        mvc.perform(get("/api/v1/messages/status").with(onTheirHost()).param("queryCode", rated.queryCode()).param("phone", rated.phone()))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/messages/status").with(onTheirHost()).param("queryCode", rated.queryCode()).param("phone", rated.phone()))
                .andReturn().getResponse().getContentAsString()).doesNotContain("食品经营许可");
        assertThat(state()).isEqualTo(before);
    }
}
