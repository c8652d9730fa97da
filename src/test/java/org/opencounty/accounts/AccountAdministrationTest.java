package org.opencounty.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** The center's administrators manage accounts in the back office; nobody else may. */
class AccountAdministrationTest extends IntegrationTest {

    private MockHttpSession signIn(String username) throws Exception {
        return signIn(username, DEMO_PASSWORD);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn().getRequest().getSession();
    }

    @Test
    void anAdministratorCreatesAStaffAccountThatMustChangeItsPassword() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", "newofficer").param("displayName", "新信息员").param("unitCode", "education")
                        .param("roles", "INFO_OFFICER").param("password", "First#2026"))
                .andExpect(redirectedUrl("/admin/accounts/newofficer"));
        assertThat(jdbc.sql("select must_change_password from account where username = 'newofficer'").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'account.create' and target = 'account:newofficer' and actor = 'admin'")
                .query(Long.class).single()).isEqualTo(1L);

        MockHttpSession newcomer = signIn("newofficer", "First#2026");
        mvc.perform(get("/admin/units").session(newcomer)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void badInputIsShownAgainAndCreatesNothing() throws Exception {
        mvc.perform(post("/admin/accounts").session(signIn("admin")).with(csrf())
                        .param("username", "9bad").param("displayName", "").param("unitCode", "nowhere")
                        .param("roles", "CITIZEN").param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("用户名须以字母开头")))
                .andExpect(content().string(containsString("请选择所属单位")))
                .andExpect(content().string(containsString("工作人员不能持有公众角色")))
                .andExpect(content().string(containsString("密码至少需要8个字符")));
        assertThat(jdbc.sql("select count(*) from account where username = '9bad'").query(Long.class).single()).isZero();
    }

    @Test
    void lookalikesOfAnExistingNameAreRefusedAndNamesAreStoredNormalised() throws Exception {
        MockHttpSession admin = signIn("admin");
        for (String lookalike : new String[] {"Officer1", "OFFICER1", "\uFF4F\uFF46\uFF46\uFF49\uFF43\uFF45\uFF52\uFF11"}) {
            mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                            .param("username", lookalike).param("displayName", "仿冒").param("unitCode", "market")
                            .param("roles", "INFO_OFFICER").param("password", "First#2026"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("该用户名已被使用")));
        }
        assertThat(jdbc.sql("select count(*) from account where lower(username) = 'officer1'").query(Long.class).single()).isEqualTo(1L);
        mvc.perform(post("/admin/accounts").session(admin).with(csrf()).param("username", "NewClerk").param("displayName", "新人")
                .param("unitCode", "market").param("roles", "INFO_OFFICER").param("password", "First#2026"))
                .andExpect(redirectedUrl("/admin/accounts/newclerk"));
        // Signing in folds the same way.
        mvc.perform(formLogin("/login").user("ＮＥＷＣＬＥＲＫ").password("First#2026")).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void rolesAndUnitAreReassignedAndAudited() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/accounts").session(admin).with(csrf()).param("username", "mover").param("displayName", "调岗人员")
                .param("unitCode", "finance").param("roles", "CASE_HANDLER").param("password", "First#2026"));
        mvc.perform(post("/admin/accounts/mover/roles").session(admin).with(csrf())
                        .param("unitCode", "housing").param("roles", "INFO_OFFICER").param("roles", "UNIT_LEADER"))
                .andExpect(redirectedUrl("/admin/accounts/mover?saved"));
        assertThat(jdbc.sql("select role from account_role r join account a on a.id = r.account_id where a.username = 'mover' order by role")
                .query(String.class).list()).containsExactly("INFO_OFFICER", "UNIT_LEADER");
        assertThat(jdbc.sql("select u.code from account a join unit u on u.id = a.unit_id where a.username = 'mover'")
                .query(String.class).single()).isEqualTo("housing");
    }

    @Test
    void disablingAnAccountEndsItsTokens() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/accounts").session(admin).with(csrf()).param("username", "leaver").param("displayName", "离职人员")
                .param("unitCode", "transport").param("roles", "INFO_OFFICER").param("password", "First#2026"));
        String token = tokenFor("leaver", "First#2026");
        mvc.perform(post("/admin/accounts/leaver/disable").session(admin).with(csrf())).andExpect(redirectedUrl("/admin/accounts/leaver"));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user("leaver").password("First#2026")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        mvc.perform(post("/admin/accounts/admin/disable").session(signIn("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能停用自己的账号")));
        assertThat(jdbc.sql("select enabled from account where username = 'admin'").query(Boolean.class).single()).isTrue();
    }

    @Test
    void onlyAdministratorsReachAccountAndSitePages() throws Exception {
        for (String username : new String[] {"officer1", "center", "supervisor", "leader2"}) {
            MockHttpSession session = signIn(username);
            mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/site").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/officer1/reset-password").session(session).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/accounts").session(signIn("admin"))).andExpect(status().isOk());
    }

    @Test
    void metricsAreServedToAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus").session(signIn("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_")));
        mvc.perform(get("/actuator/prometheus").session(signIn("officer1"))).andExpect(status().isForbidden());
    }

    @Test
    void theSiteIdentificationIsEditableAndValidated() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/site").session(admin).with(csrf()).param("name", "巴里坤哈萨克自治县人民政府")
                        .param("domain", "www.balikun.gov.cn").param("siteIdCode", "12345").param("organiser", "巴里坤哈萨克自治县人民政府办公室"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("网站标识码应为10位数字")));
        assertThat(jdbc.sql("select site_id_code from site where code = 'barkol'").query(String.class).single()).isEqualTo("6505210001");
    }
}
