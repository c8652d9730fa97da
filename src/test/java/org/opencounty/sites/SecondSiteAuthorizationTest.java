package org.opencounty.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.accounts.Accounts;
import org.opencounty.common.Role;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sites are a security boundary. A second county site ({@code www.other.test}) with its own administrator, center
 * editor, officer, leader, handler and supervisor: none of them, by API token or by signed-in session, can read or change
 * the first site's units, accounts, articles, guides and fees, applications, supervision data or search hits, neither on
 * the first site's host (refused outright) nor on their own host by naming the first site's records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondSiteAuthorizationTest extends IntegrationTest {

    static final String OTHER_HOST = "www.other.test";
    static final List<String> STAFF = List.of("o2admin", "o2center", "o2officer", "o2leader", "o2handler", "o2supervisor");

    @Autowired
    Sites sites;
    @Autowired
    Units units;
    @Autowired
    Accounts accounts;

    private long firstSite;
    private long draftArticle;
    private long publishedArticle;
    private long draftEntry;
    private long publishedEntry;
    private long application;

    @BeforeAll
    void secondSite() throws Exception {
        firstSite = sites.defaultSite().id();
        if (sites.byCode("second").isEmpty()) {
            Site other = sites.create(new Site("second", "另一县人民政府", OTHER_HOST, "6599990001", false), List.of(OTHER_HOST));
            Unit county = units.seed(other.id(), "o2-county", "另一县人民政府", UnitKind.COUNTY, null, 10, null, "test");
            Unit market = units.seed(other.id(), "o2-market", "另一县市场监督管理局", UnitKind.DEPARTMENT, county, 20, null, "test");
            Map<String, Role> roles = Map.of("o2admin", Role.CENTER_ADMIN, "o2center", Role.CENTER_EDITOR, "o2officer", Role.INFO_OFFICER,
                    "o2leader", Role.UNIT_LEADER, "o2handler", Role.CASE_HANDLER, "o2supervisor", Role.SUPERVISOR);
            roles.forEach((username, role) -> accounts.bootstrapStaff(other.id(), username, "另一县" + username,
                    role == Role.CENTER_ADMIN || role == Role.CENTER_EDITOR || role == Role.SUPERVISOR ? county.id() : market.id(),
                    Set.of(role), DEMO_PASSWORD, false));
        }
        String created = mvc.perform(post("/api/v1/articles").header("Authorization", bearer(tokenFor("officer1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"notices\",\"title\":\"第一个县的草稿\",\"body\":\"<p>只属于第一个县。</p>\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        draftArticle = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        publishedArticle = id("select article_id from published_article where site_id = ? order by article_id limit 1");
        publishedEntry = id("select entry_id from published_entry where site_id = ? and kind = 'ITEM' order by entry_id limit 1");
        // A guide whose working version differs from the live one when there is such; else a live one (its working version).
        draftEntry = jdbc.sql("select id from catalogue_entry where site_id = ? and state <> 'PUBLISHED' order by id limit 1")
                .param(firstSite).query(Long.class).optional().orElse(publishedEntry);
        application = id("select id from application where site_id = ? and state = 'SUBMITTED' order by id limit 1");
    }

    private long id(String sql) {
        return jdbc.sql(sql).param(firstSite).query(Long.class).single();
    }

    static RequestPostProcessor otherHost() {
        return request -> {
            request.setServerName(OTHER_HOST);
            return request;
        };
    }

    /** What the second site's staff may try on the first site's records, from their own host. */
    List<MockHttpServletRequestBuilder> attempts() {
        String json = MediaType.APPLICATION_JSON_VALUE;
        return List.of(
                get("/api/v1/units/market/profile"),
                put("/api/v1/units/market").contentType(json).content("{\"organisation\":\"被改了\",\"version\":0}"),
                post("/api/v1/units/market/profile/submit"),
                get("/api/v1/articles/" + draftArticle),
                get("/api/v1/articles/" + draftArticle + "/diff"),
                put("/api/v1/articles/" + draftArticle).contentType(json).content("{\"category\":\"notices\",\"title\":\"被改了\",\"body\":\"<p>x</p>\",\"version\":0}"),
                post("/api/v1/articles/" + draftArticle + "/submit"),
                post("/api/v1/articles/" + draftArticle + "/approve"),
                post("/api/v1/articles/" + publishedArticle + "/withdraw").contentType(json).content("{\"reason\":\"跨站撤回\"}"),
                get("/api/v1/service-items/" + publishedEntry),
                get("/api/v1/service-items/" + draftEntry),
                get("/api/v1/service-items/" + draftEntry + "/completeness"),
                post("/api/v1/service-items/" + draftEntry + "/approve"),
                post("/api/v1/service-items/" + publishedEntry + "/withdraw").contentType(json).content("{\"reason\":\"跨站撤回\"}"),
                get("/api/v1/service-items/completeness-report?unit=market"),
                get("/api/v1/applications/" + application),
                post("/api/v1/applications/" + application + "/accept"),
                post("/api/v1/applications/" + application + "/reject").contentType(json).content("{\"reason\":\"跨站\",\"legalBasis\":\"无\"}"),
                get("/api/v1/supervision/board?unit=market"),
                get("/api/v1/supervision/signals?unit=market"),
                get("/api/v1/supervision/statistics?unit=market"));
    }

    Stream<String> staff() {
        return STAFF.stream();
    }

    @ParameterizedTest
    @MethodSource("staff")
    void theSecondSitesTokensCannotReachTheFirstSitesRecordsFromTheirOwnHost(String username) throws Exception {
        String token = bearer(tokenFor(username));
        for (MockHttpServletRequestBuilder attempt : attempts()) {
            MvcResult result = mvc.perform(attempt.header("Authorization", token).with(otherHost())).andReturn();
            assertThat(result.getResponse().getStatus()).as(username + " " + result.getRequest().getMethod() + " "
                    + result.getRequest().getRequestURI() + ": " + result.getResponse().getContentAsString()).isIn(403, 404, 400);
            // Refused as another site's, or as not existing (supervision's unit filter says 400 "单位不存在"): never data.
            assertThat(result.getResponse().getContentAsString()).startsWith("{\"code\":");
        }
        unchanged();
    }

    @ParameterizedTest
    @MethodSource("staff")
    void theSecondSitesTokensAreRefusedOnTheFirstSitesHost(String username) throws Exception {
        String token = bearer(tokenFor(username));
        List<MockHttpServletRequestBuilder> everything = Stream.concat(attempts().stream(), Stream.of(
                get("/api/v1/me"), get("/api/v1/articles/queue"), get("/api/v1/applications/queue"), get("/api/v1/supervision/board"),
                get("/api/v1/supervision/notifications"),
                post("/api/v1/articles").contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"notices\",\"title\":\"跨站\",\"body\":\"<p>x</p>\"}"))).toList();
        for (MockHttpServletRequestBuilder attempt : everything) {
            MvcResult result = mvc.perform(attempt.header("Authorization", token)).andReturn();
            assertThat(result.getResponse().getStatus()).as(username + " " + result.getRequest().getRequestURI()).isEqualTo(403);
            assertThat(result.getResponse().getContentAsString()).contains("\"code\":\"FORBIDDEN\"");
        }
        unchanged();
    }

    @Test
    void theSecondSitesListsHoldNoneOfTheFirstSitesRecords() throws Exception {
        mvc.perform(get("/api/v1/units").with(otherHost())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2)).andExpect(content().string(not(containsString("\"market\""))));
        mvc.perform(get("/api/v1/service-items").with(otherHost())).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/fees").with(otherHost())).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/scenarios").with(otherHost())).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/search").param("q", "食品安全监督抽检").with(otherHost())).andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.services.length()").value(0));
        mvc.perform(get("/api/v1/search").param("q", "食品安全监督抽检")).andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/applications/queue?open=false").header("Authorization", bearer(tokenFor("o2handler"))).with(otherHost()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/supervision/board").header("Authorization", bearer(tokenFor("o2supervisor"))).with(otherHost()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cases.total").value(0)).andExpect(jsonPath("$.summary.length()").value(0));
        mvc.perform(get("/api/v1/supervision/signals").header("Authorization", bearer(tokenFor("o2supervisor"))).with(otherHost()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        String queue = mvc.perform(get("/api/v1/articles/queue").header("Authorization", bearer(tokenFor("o2center"))).with(otherHost()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).doesNotContain("\"id\":" + draftArticle + ",").doesNotContain("\"id\":" + publishedArticle + ",");
    }

    @Test
    void aReceiptOfTheFirstSiteShowsNothingOnTheSecondSitesHost() throws Exception {
        Map<String, Object> receipt = jdbc.sql("select query_code, applicant_phone from application where id = ?").param(application)
                .query().singleRow();
        String code = (String) receipt.get("query_code");
        String phone = (String) receipt.get("applicant_phone");
        mvc.perform(get("/api/v1/applications/status").param("queryCode", code).param("phone", phone)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applications/status").param("queryCode", code).param("phone", phone).with(otherHost()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/status").param("queryCode", code).param("phone", phone).with(otherHost()))
                .andExpect(content().string(not(containsString((String) jdbc.sql("select item_name from application where id = ?")
                        .param(application).query(String.class).single()))));
    }

    @Test
    void theSecondSitesPortalShowsNoneOfTheFirstSitesContent() throws Exception {
        for (String path : List.of("/articles/" + publishedArticle, "/units/market", "/units/market/catalogue", "/services/" + publishedEntry)) {
            mvc.perform(get(path).with(otherHost())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/search").param("q", "食品安全监督抽检").with(otherHost())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("食品安全监督抽检工作的通告"))));
    }

    @Test
    void theSecondSitesBackOfficeCannotReachTheFirstSitesRecords() throws Exception {
        for (String username : STAFF) {
            MockHttpSession session = signIn(username);
            for (String path : List.of("/admin/accounts/officer1", "/admin/units/market", "/admin/articles/" + draftArticle,
                    "/admin/articles/" + draftArticle + "/edit", "/admin/catalogue/entries/" + draftEntry,
                    "/admin/applications/" + application)) {
                int status = mvc.perform(get(path).session(session).with(otherHost())).andReturn().getResponse().getStatus();
                assertThat(status).as(username + " GET " + path).isIn(403, 404);
            }
            for (String path : List.of("/admin/accounts/officer1/disable", "/admin/units/market/profile/submit",
                    "/admin/accounts/officer1/reset-password")) {
                int status = mvc.perform(post(path).param("password", "Stolen#2026xyz").session(session).with(csrf()).with(otherHost()))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as(username + " POST " + path).isIn(403, 404);
            }
            // The session of one site is refused outright on the other site's host.
            mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("您的账号不属于本网站")));
        }
        mvc.perform(get("/admin/accounts").session(signIn("o2admin")).with(otherHost())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("officer1"))));
        unchanged();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", DEMO_PASSWORD)
                .with(csrf()).with(otherHost())).andReturn().getRequest().getSession();
    }

    /** Whatever was tried, the first site's records are as they were. */
    private void unchanged() throws Exception {
        tokenFor("officer1");
        assertThat(jdbc.sql("select organisation from unit where site_id = ? and code = 'market'").param(firstSite).query(String.class).single())
                .isNotEqualTo("被改了");
        assertThat(jdbc.sql("select count(*) from published_article where article_id = ?").param(publishedArticle).query(Long.class).single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from published_entry where entry_id = ?").param(publishedEntry).query(Long.class).single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("select state from application where id = ?").param(application).query(String.class).single())
                .isEqualTo("SUBMITTED");
    }
}
