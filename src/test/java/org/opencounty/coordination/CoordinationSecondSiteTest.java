package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sites are a boundary for unit coordination: another county's center, supervisor, administrator, officer and leader,
 * on their own host, neither see nor change the first county's tasks, inspections and findings, scores and circulars
 * (404, or 403 where their role is refused before the record is looked up), list none of them, and on the first
 * county's host are refused outright.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinationSecondSiteTest extends IntegrationTest {

    private static final String HOST = "www.coordination-other.test";
    private static final List<String> STAFF = List.of("c2admin", "c2center", "c2supervisor", "c2officer", "c2leader");

    @Autowired
    Sites sites;
    @Autowired
    Units units;
    @Autowired
    Accounts accounts;

    private long task;
    private long round;
    private long finding;
    private long circular;

    @BeforeAll
    void secondSite() throws Exception {
        if (sites.byCode("coordination-other").isEmpty()) {
            Site other = sites.create(new Site("coordination-other", "另一县人民政府", HOST, "6599990003", false), List.of(HOST));
            Unit county = units.seed(other.id(), "c2-county", "另一县人民政府", UnitKind.COUNTY, null, 10, null, "test");
            Unit town = units.seed(other.id(), "c2-town", "另一镇", UnitKind.TOWNSHIP, county, 20, null, "test");
            Map<String, Role> roles = Map.of("c2admin", Role.CENTER_ADMIN, "c2center", Role.CENTER_EDITOR, "c2supervisor", Role.SUPERVISOR,
                    "c2officer", Role.INFO_OFFICER, "c2leader", Role.UNIT_LEADER);
            roles.forEach((username, role) -> accounts.bootstrapStaff(other.id(), username, "另一县" + username,
                    role.isCenterWide() ? county.id() : town.id(), Set.of(role), DEMO_PASSWORD, false));
        }
        String center = tokenFor("center");
        task = id(mvc.perform(post("/api/v1/tasks").header("Authorization", bearer(center)).contentType(MediaType.APPLICATION_JSON)
                .content(TaskApi.order("第一个县的任务", "2026-08-01", "\"market\""))).andExpect(status().isCreated()), "$.id");
        mvc.perform(post("/api/v1/tasks/" + task + "/units/market/report").header("Authorization", bearer(tokenFor("officer1")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"已完成\"}")).andExpect(status().isOk());
        InspectionApi inspections = new InspectionApi(mvc);
        round = inspections.created(center, InspectionApi.round("第一个县的督查", "\"market\""));
        finding = inspections.finding(tokenFor("supervisor"), round, "market", 5);
        circular = id(mvc.perform(post("/api/v1/circulars/draft").header("Authorization", bearer(center)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":{\"task\":\"" + task + "\"}}")).andExpect(status().isCreated()), "$.id");
    }

    private static long id(org.springframework.test.web.servlet.ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    private static RequestPostProcessor theirHost() {
        return request -> {
            request.setServerName(HOST);
            return request;
        };
    }

    private String theirToken(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").with(theirHost()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    /** What the second site's staff may try on the first site's coordination records, from their own host. */
    private List<MockHttpServletRequestBuilder> attempts() {
        String json = MediaType.APPLICATION_JSON_VALUE;
        String f = "/api/v1/inspections/" + round + "/findings/" + finding;
        return List.of(
                get("/api/v1/tasks/" + task),
                get("/api/v1/tasks/" + task + "/units/market/report"),
                post("/api/v1/tasks/" + task + "/units/market/report").contentType(json).content("{\"text\":\"跨站报送\"}"),
                post("/api/v1/tasks/" + task + "/units/market/report/approve"),
                post("/api/v1/tasks/" + task + "/units/market/report/return").contentType(json).content("{\"reason\":\"跨站退回\"}"),
                get("/api/v1/inspections/" + round),
                post("/api/v1/inspections/" + round + "/findings").contentType(json)
                        .content(InspectionApi.finding("market", 1, "跨站记录", "跨站", "5")),
                get(f),
                post(f + "/rectification").contentType(json).content("{\"text\":\"跨站整改\"}"),
                post(f + "/rectification/approve"),
                post(f + "/rectification/close"),
                post(f + "/rectification/reopen").contentType(json).content("{\"reason\":\"跨站退回\"}"),
                get("/api/v1/assessment/2026/units/market"),
                post("/api/v1/assessment/2026/units/market/adjustments").contentType(json)
                        .content("{\"indicator\":\"1\",\"points\":\"5\",\"reason\":\"跨站加分\"}"),
                get("/api/v1/circulars/" + circular),
                post("/api/v1/circulars/" + circular + "/submit"),
                post("/api/v1/circulars/" + circular + "/approve"),
                post("/api/v1/circulars/" + circular + "/issue").contentType(json).content("{\"audience\":\"PUBLIC\"}"),
                post("/api/v1/circulars/" + circular + "/sign"),
                get("/api/v1/circulars/" + circular + ".pdf"));
    }

    @Test
    void anotherCountysStaffNeitherSeeNorChangeTheFirstCountysCoordination() throws Exception {
        for (String username : STAFF) {
            String token = theirToken(username);
            for (MockHttpServletRequestBuilder attempt : attempts()) {
                var result = mvc.perform(attempt.with(theirHost()).header("Authorization", bearer(token))).andReturn();
                assertThat(result.getResponse().getStatus()).as(username + " " + result.getRequest().getMethod() + " "
                        + result.getRequest().getRequestURI()).isIn(403, 404);
            }
            for (String list : List.of("/api/v1/tasks", "/api/v1/inspections", "/api/v1/circulars")) {
                int status = mvc.perform(get(list).with(theirHost()).header("Authorization", bearer(token))).andReturn().getResponse().getStatus();
                if (status == 200) {
                    mvc.perform(get(list).with(theirHost()).header("Authorization", bearer(token)))
                            .andExpect(content().string(not(containsString("第一个县"))));
                } else {
                    assertThat(status).as(username + " GET " + list).isEqualTo(403);
                }
            }
            // On the first county's host their token is refused outright.
            mvc.perform(get("/api/v1/inspections/" + round).header("Authorization", bearer(token))).andExpect(status().isForbidden());
        }
        // Their center sees its own ranking without the first county's units.
        mvc.perform(get("/api/v1/assessment/2026").with(theirHost()).header("Authorization", bearer(theirToken("c2center"))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("\"market\""))));
        unchanged();
    }

    @Test
    void anotherCountysBackOfficeCannotReachTheFirstCountysPages() throws Exception {
        for (String username : STAFF) {
            MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", DEMO_PASSWORD)
                    .with(csrf()).with(theirHost())).andReturn().getRequest().getSession();
            for (String path : List.of("/admin/tasks/" + task, "/admin/tasks/" + task + "/units/market", "/admin/inspections/" + round,
                    "/admin/inspections/" + round + "/findings/" + finding, "/admin/circulars/" + circular,
                    "/admin/assessment/2026/units/market")) {
                int status = mvc.perform(get(path).session(session).with(theirHost())).andReturn().getResponse().getStatus();
                assertThat(status).as(username + " GET " + path).isIn(403, 404);
            }
            for (String path : List.of("/admin/tasks/" + task + "/units/market/approve", "/admin/inspections/" + round + "/findings/" + finding + "/close",
                    "/admin/inspections/" + round + "/findings", "/admin/circulars/" + circular + "/approve")) {
                int status = mvc.perform(post(path).param("unit", "market").param("problem", "跨站").param("requirement", "跨站").param("days", "5")
                        .session(session).with(csrf()).with(theirHost())).andReturn().getResponse().getStatus();
                assertThat(status).as(username + " POST " + path).isIn(403, 404);
            }
            for (String path : List.of("/admin/tasks", "/admin/inspections", "/admin/circulars")) {
                mvc.perform(get(path).session(session).with(theirHost())).andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("第一个县"))));
            }
        }
        unchanged();
    }

    /** Whatever was tried, the first county's records are as they were. */
    private void unchanged() {
        assertThat(jdbc.sql("select state from coord_task_unit where task_id = ?").param(task).query(String.class).single()).isEqualTo("PENDING_LEADER");
        assertThat(jdbc.sql("select state || ' ' || (closed_at is null) from coord_finding where id = ?").param(finding).query(String.class).single())
                .isEqualTo("DRAFT true");
        assertThat(jdbc.sql("select count(*) from coord_finding where inspection_id = ?").param(round).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select state from coord_circular where id = ?").param(circular).query(String.class).single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from assess_adjustment where reason = '跨站加分'").query(Long.class).single()).isZero();
    }
}
