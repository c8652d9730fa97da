package org.opencounty.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every new route refuses whoever may not see the document or take the step: another unit's staff and leader, the
 * center (documents are not the center's to read), a citizen, and a second county's staff on their own host; the
 * attachments with them. Each refusal changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentAuthorizationTest extends IntegrationTest {

    static final String OTHER_HOST = "www.docs-other.test";

    @Autowired
    TestAccounts accounts;
    @Autowired
    Sites sites;
    @Autowired
    Units units;
    @Autowired
    Accounts accountService;

    DocumentApi api;
    DocumentApi.Tokens tokens;
    long draft;
    long draftAttachment;
    long sent;
    long sentAttachment;
    long copy;

    @BeforeAll
    void documents() throws Exception {
        if (sites.byCode("docs-second").isEmpty()) {
            Site other = sites.create(new Site("docs-second", "另一县人民政府", OTHER_HOST, "6599990021", false), List.of(OTHER_HOST));
            Unit county = units.seed(other.id(), "d2-county", "另一县人民政府", UnitKind.COUNTY, null, 10, null, "test");
            Unit office = units.seed(other.id(), "gov-office", "另一县人民政府办公室", UnitKind.DEPARTMENT, county, 20, null, "test");
            accountService.bootstrapStaff(other.id(), "d2officer", "另一县信息员", office.id(), Set.of(Role.INFO_OFFICER), DEMO_PASSWORD, false);
            accountService.bootstrapStaff(other.id(), "d2leader", "另一县领导", office.id(), Set.of(Role.UNIT_LEADER), DEMO_PASSWORD, false);
            accountService.bootstrapStaff(other.id(), "d2admin", "另一县管理员", county.id(), Set.of(Role.CENTER_ADMIN), DEMO_PASSWORD, false);
        }
        api = new DocumentApi(mvc, accounts);
        tokens = new DocumentApi.Tokens(tokenFor(api.drafter), tokenFor(api.reviewer), tokenFor(api.leader));
        draft = api.drafted(tokens.drafter(), DocumentApi.draftJson("只属于县政府办的草稿", List.of("market"), ""));
        draftAttachment = attached(draft);
        sent = api.drafted(tokens.drafter(), DocumentApi.draftJson("发给市场局的通知", List.of("market"), ""));
        sentAttachment = attached(sent);
        api.throughCheck(tokens, sent);
        api.dispatched(tokens, sent);
        copy = api.copyOf(tokens.drafter(), sent, "县市场监督管理局");
    }

    private long attached(long id) throws Exception {
        String body = mvc.perform(multipart("/api/v1/documents/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "方案.txt", "text/plain", "实施方案正文".getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", bearer(tokens.drafter())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** What nobody but the issuing office may do with its draft. */
    List<AbstractMockHttpServletRequestBuilder<?>> draftRoutes() {
        String json = MediaType.APPLICATION_JSON_VALUE;
        String base = "/api/v1/documents/" + draft;
        return List.<AbstractMockHttpServletRequestBuilder<?>>of(get(base), get(base + "/attachments/" + draftAttachment), get(base + ".pdf"),
                put(base).contentType(json).content(DocumentApi.draftJson("被改了", List.of("market"), "").replace("}", ",\"version\":0}")),
                post(base + "/submit"), post(base + "/review"), post(base + "/sign"), post(base + "/check"), post(base + "/register"),
                post(base + "/dispatch"), post(base + "/publish"), post(base + "/return").contentType(json).content("{\"reason\":\"越权\"}"),
                delete(base + "/attachments/" + draftAttachment),
                multipart(base + "/attachments").file(new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))));
    }

    /** What nobody but market (the receiving unit) and the office may see of the sent document, and only market may do. */
    List<AbstractMockHttpServletRequestBuilder<?>> sentRoutes() {
        String json = MediaType.APPLICATION_JSON_VALUE;
        String inbox = "/api/v1/inbox/" + copy;
        return List.<AbstractMockHttpServletRequestBuilder<?>>of(get("/api/v1/documents/" + sent), get("/api/v1/documents/" + sent + "/attachments/" + sentAttachment),
                get(inbox), post(inbox + "/receive"), post(inbox + "/accept"),
                post(inbox + "/return").contentType(json).content("{\"reason\":\"越权\"}"),
                post(inbox + "/assign").contentType(json).content("{\"mode\":\"HANDLE\",\"proposal\":\"越权\"}"),
                post(inbox + "/instruct").contentType(json).content("{\"instruction\":\"越权\",\"handler\":\"handler1\"}"),
                post(inbox + "/read"), post(inbox + "/reply").contentType(json).content("{\"reply\":\"越权\"}"), post(inbox + "/close"));
    }

    Stream<String> wrongPeople() {
        return Stream.of("officer2",     // another unit
                "leader2",               // another unit's leader
                "handler1",              // the receiving unit's handler, for the draft
                "admin", "center", "supervisor", // the center does not read units' documents
                "citizen1");
    }

    @ParameterizedTest(name = "{0} may not touch the office's draft")
    @MethodSource("wrongPeople")
    void wrongPeopleCannotReachTheDraft(String who) throws Exception {
        String token = bearer(tokenFor(who));
        for (AbstractMockHttpServletRequestBuilder<?> route : draftRoutes()) {
            expectRefused(mvc.perform(route.header("Authorization", token)).andReturn(), who);
        }
        unchanged();
    }

    @ParameterizedTest(name = "{0} may not see or handle market's copy")
    @MethodSource("wrongPeople")
    void wrongPeopleCannotReachAnotherUnitsInbox(String who) throws Exception {
        if (who.equals("handler1")) {
            return; // market's own handler sees the copy; their steps are refused by the rules (ReceivingStepsTest)
        }
        String token = bearer(tokenFor(who));
        for (AbstractMockHttpServletRequestBuilder<?> route : sentRoutes()) {
            expectRefused(mvc.perform(route.header("Authorization", token)).andReturn(), who);
        }
        unchanged();
    }

    @ParameterizedTest(name = "the second county''s {0} is refused from their own host")
    @MethodSource("secondSite")
    void theSecondCountysStaffAreRefused(String who) throws Exception {
        String token = bearer(tokenFor(who));
        RequestPostProcessor ownHost = request -> {
            request.setServerName(OTHER_HOST);
            return request;
        };
        for (AbstractMockHttpServletRequestBuilder<?> route : Stream.concat(draftRoutes().stream(), sentRoutes().stream()).toList()) {
            MvcResult result = mvc.perform(route.header("Authorization", token).with(ownHost)).andReturn();
            assertThat(result.getResponse().getStatus()).as(who + " " + result.getRequest().getRequestURI()).isIn(403, 404);
        }
        // Their own lists hold nothing of the first county.
        String list = mvc.perform(get("/api/v1/documents").header("Authorization", token).with(ownHost)).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("只属于县政府办的草稿");
        String inbox = mvc.perform(get("/api/v1/inbox").header("Authorization", token).with(ownHost)).andReturn().getResponse().getContentAsString();
        assertThat(inbox).doesNotContain("发给市场局的通知");
        unchanged();
    }

    Stream<String> secondSite() {
        return Stream.of("d2officer", "d2leader", "d2admin");
    }

    @ParameterizedTest(name = "{0} may not open the pages")
    @MethodSource("wrongPeople")
    void wrongPeopleCannotOpenThePages(String who) throws Exception {
        MockHttpSession session = sessionOf(who);
        for (String path : List.of("/admin/documents/" + draft, "/admin/documents/" + draft + "/edit", "/admin/documents/" + draft + "/print",
                "/admin/documents/" + draft + "/pdf", "/admin/documents/" + draft + "/attachments/" + draftAttachment)) {
            int status = mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
            assertThat(status).as(who + " GET " + path).isIn(403, 404);
        }
        for (String step : List.of("submit", "review", "sign", "check", "register", "dispatch", "return", "publish")) {
            int status = mvc.perform(post("/admin/documents/" + draft + "/" + step).param("reason", "越权").session(session).with(csrf()))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(who + " POST " + step).isIn(403, 404);
        }
        if (!who.equals("handler1")) {
            assertThat(mvc.perform(get("/admin/inbox/" + copy).session(session)).andReturn().getResponse().getStatus()).isIn(403, 404);
            for (String step : List.of("receive", "accept", "read", "close", "return", "circulate", "propose", "instruct", "reply")) {
                int status = mvc.perform(post("/admin/inbox/" + copy + "/" + step).param("reason", "越权").param("reply", "越权")
                        .param("proposal", "越权").param("readers", "handler1").session(session).with(csrf())).andReturn().getResponse().getStatus();
                assertThat(status).as(who + " POST inbox " + step).isIn(403, 404);
            }
        }
        unchanged();
    }

    @Test
    void theReceivingUnitAndItsLeaderAboveSeeTheCopyAndTheAttachment() throws Exception {
        for (String who : List.of("officer1", "leader1", "handler1")) {
            String token = bearer(tokenFor(who));
            mvc.perform(get("/api/v1/documents/" + sent).header("Authorization", token)).andExpect(status().isOk());
            mvc.perform(get("/api/v1/documents/" + sent + "/attachments/" + sentAttachment).header("Authorization", token))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/inbox/" + copy).header("Authorization", token)).andExpect(status().isOk());
        }
        // Only the center's administrator sets a 代字.
        mvc.perform(put("/api/v1/document-issuers/market").header("Authorization", bearer(tokenFor("leader1")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"prefix\":\"巴市监发\"}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/document-issuers/market").header("Authorization", bearer(tokenFor("d2admin")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"prefix\":\"巴市监发\"}")).andExpect(status().isForbidden());
    }

    private void expectRefused(MvcResult result, String who) throws Exception {
        assertThat(result.getResponse().getStatus()).as(who + " " + result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()
                + ": " + result.getResponse().getContentAsString()).isEqualTo(403);
    }

    private void unchanged() {
        assertThat(jdbc.sql("select state from official_document where id = ?").param(draft).query(String.class).single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select title from official_document where id = ?").param(draft).query(String.class).single()).isEqualTo("只属于县政府办的草稿");
        assertThat(jdbc.sql("select count(*) from document_attachment where document_id = ?").param(draft).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select state from document_recipient where id = ?").param(copy).query(String.class).single()).isEqualTo("DELIVERED");
    }
}
