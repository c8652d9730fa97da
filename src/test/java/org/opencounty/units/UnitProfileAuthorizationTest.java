package org.opencounty.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * Who may change which unit's profile: the role/unit matrix, through the API and the back office. A change is a draft
 * revision; what the portal shows stays as it was (ProfileReviewChainTest follows a revision to publication).
 */
class UnitProfileAuthorizationTest extends IntegrationTest {

    static Stream<Arguments> profileEdits() {
        return Stream.of(
                // who,        unit,             expected status
                Arguments.of("officer1", "market", 200),
                Arguments.of("leader1", "market", 200),
                Arguments.of("officer1", "market-balikun", 200),   // subordinate unit of the officer's own
                Arguments.of("officer1", "balikun-zhen", 403),     // another unit
                Arguments.of("officer2", "market", 403),
                Arguments.of("leader2", "market-balikun", 403),
                Arguments.of("officer2", "balikun-zhen", 200),
                Arguments.of("officer2", "dongjie-community", 200),
                Arguments.of("handler1", "market", 403),           // case handlers do not maintain the profile
                Arguments.of("center", "market", 403),             // editors review, they do not administer
                Arguments.of("supervisor", "market", 403),
                Arguments.of("citizen1", "market", 403),
                Arguments.of("admin", "balikun-zhen", 200));
    }

    @ParameterizedTest(name = "{0} edits {1} -> {2}")
    @MethodSource("profileEdits")
    void onlyTheUnitsOwnStaffAndAdministratorsEditAProfile(String username, String unit, int expected) throws Exception {
        long version = currentVersion(unit);
        String live = officeHours(unit);
        String draft = draftOfficeHours(unit);
        String hours = "工作日 10:00-14:00 " + username;
        mvc.perform(put("/api/v1/units/" + unit).header("Authorization", bearer(tokenFor(username)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(profileJson(unit, hours, version)))
                .andExpect(status().is(expected));
        assertThat(draftOfficeHours(unit)).isEqualTo(expected == 200 ? hours : draft);
        assertThat(officeHours(unit)).isEqualTo(live);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        mvc.perform(put("/api/v1/units/market").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theBackOfficeRefusesAnotherUnitsProfilePage() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("officer1").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/admin/units/market").session(session)).andExpect(status().isOk());
        mvc.perform(get("/admin/units/balikun-zhen").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void citizensCannotEnterTheBackOffice() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("citizen1").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() throws Exception {
        long version = currentVersion("kuisu-zhen");
        String token = tokenFor("admin");
        mvc.perform(put("/api/v1/units/kuisu-zhen").header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(profileJson("kuisu-zhen", "工作日 第一次修改", version)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/units/kuisu-zhen").header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(profileJson("kuisu-zhen", "工作日 过时的修改", version)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"));
        assertThat(draftOfficeHours("kuisu-zhen")).isEqualTo("工作日 第一次修改");
    }

    @Test
    void invalidInputIsReportedPerFieldAndChangesNothing() throws Exception {
        long version = currentVersion("dahe-zhen");
        String before = officeHours("dahe-zhen");
        String draftBefore = draftOfficeHours("dahe-zhen");
        String body = """
                {"organisation":"x","duties":"y","leaderName":"z","address":"a","phone":"call me","email":"not-an-email",
                 "officeHours":"工作日","contacts":[{"role":"INFO_OFFICER","name":"","phone":"1","email":""}],"version":%d}
                """.formatted(version);
        mvc.perform(put("/api/v1/units/dahe-zhen").header("Authorization", bearer(tokenFor("admin")))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.fields.phone").value("联系电话格式不正确"))
                .andExpect(jsonPath("$.fields.email").value("电子信箱格式不正确"))
                .andExpect(jsonPath("$['fields']['contacts[0].name']").value("请填写联系人姓名"));
        assertThat(officeHours("dahe-zhen")).isEqualTo(before);
        assertThat(draftOfficeHours("dahe-zhen")).isEqualTo(draftBefore);
        assertThat(currentVersion("dahe-zhen")).isEqualTo(version);
    }

    @Test
    void thePublicSeesProfilesButNotRegisteredContacts() throws Exception {
        mvc.perform(get("/api/v1/units/market"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("县市场监督管理局"))
                .andExpect(jsonPath("$.parentCode").value("county"))
                .andExpect(jsonPath("$.contacts").doesNotExist());
        mvc.perform(get("/api/v1/units/market").header("Authorization", bearer(tokenFor("officer1"))))
                .andExpect(jsonPath("$.contacts").isArray());
        mvc.perform(get("/api/v1/units/market").header("Authorization", bearer(tokenFor("officer2"))))
                .andExpect(jsonPath("$.contacts").doesNotExist());
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'balikun-zhen')].kind").value("TOWNSHIP"));
        mvc.perform(get("/api/v1/units/no-such-unit")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    private long currentVersion(String unit) throws Exception {
        String body = mvc.perform(get("/api/v1/units/" + unit)).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    private String officeHours(String unit) {
        return jdbc.sql("select office_hours from unit where code = :code").param("code", unit).query(String.class).single();
    }

    /** The office hours of the revision being written, or null when nothing is. */
    private String draftOfficeHours(String unit) {
        return jdbc.sql("""
                        select r.office_hours from unit u join unit_profile_revision r on r.id = u.profile_working_revision_id
                        where u.code = :code""")
                .param("code", unit).query(String.class).optional().orElse(null);
    }

    private static String profileJson(String unit, String officeHours, long version) {
        return """
                {"organisation":"%s 内设综合股、业务股","duties":"依法履行职责","leaderName":"张三","address":"巴里坤县巴里坤镇",
                 "phone":"0902-6820000","email":"office@balikun.gov.cn","officeHours":"%s",
                 "contacts":[{"role":"PRINCIPAL_LEADER","name":"张三","post":"局长","phone":"18999680000","email":""}],
                 "version":%d}
                """.formatted(unit, officeHours, version);
    }
}
