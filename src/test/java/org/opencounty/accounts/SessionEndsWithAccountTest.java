package org.opencounty.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * An officer's open browser session kept creating articles after the administrator took the role away or disabled
 * the account. Every change to what a session stands for ends all its sessions and tokens at once.
 */
class SessionEndsWithAccountTest extends IntegrationTest {

    @Autowired
    TestAccounts testAccounts;

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn().getRequest().getSession();
    }

    private long articles(String username) {
        return jdbc.sql("select count(*) from audit_entry where actor = :u and action like 'article.%' and result = 'SUCCESS'")
                .param("u", username).query(Long.class).single();
    }

    private void createArticle(MockHttpSession session, String title) throws Exception {
        mvc.perform(post("/admin/articles").session(session).with(csrf())
                        .param("category", "notices").param("title", title).param("body", "<p>会话测试</p>"))
                .andExpect(redirectedUrlPattern("/admin/articles/*?saved"));
    }

    /** Signs an officer in, checks the session works, lets the administrator act, and expects the session ended. */
    private void endedBy(String what, Consumer<String> administratorAction) throws Exception {
        String officer = testAccounts.staff("market", Role.INFO_OFFICER, false);
        MockHttpSession session = signIn(officer, DEMO_PASSWORD);
        String token = tokenFor(officer);
        createArticle(session, "会话测试 " + what);
        long before = articles(officer);

        administratorAction.accept(officer);

        mvc.perform(post("/admin/articles").session(session).with(csrf())
                        .param("category", "notices").param("title", "不应保存 " + what).param("body", "<p>x</p>"))
                .andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).as(what).isTrue();
        assertThat(articles(officer)).as(what).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from article_revision where title = :t").param("t", "不应保存 " + what)
                .query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isUnauthorized());
    }

    private void asAdministrator(String path, String... params) {
        try {
            var request = post(path).session(signIn("admin", DEMO_PASSWORD)).with(csrf());
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            mvc.perform(request).andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(400));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void removingTheRoleEndsTheSessionAndTheTokens() throws Exception {
        endedBy("roles", officer -> asAdministrator("/admin/accounts/" + officer + "/roles",
                "unitCode", "market", "roles", "CASE_HANDLER"));
    }

    @Test
    void disablingTheAccountEndsTheSessionAndTheTokens() throws Exception {
        endedBy("disable", officer -> asAdministrator("/admin/accounts/" + officer + "/disable"));
    }

    @Test
    void anAdministratorsPasswordResetEndsTheSessionAndTheTokens() throws Exception {
        endedBy("reset", officer -> asAdministrator("/admin/accounts/" + officer + "/reset-password"));
    }

    @Test
    void changingOnesOwnPasswordEndsEveryOtherSessionAndEveryToken() throws Exception {
        String officer = testAccounts.staff("market", Role.INFO_OFFICER, false);
        MockHttpSession here = signIn(officer, DEMO_PASSWORD);
        MockHttpSession elsewhere = signIn(officer, DEMO_PASSWORD);
        String token = tokenFor(officer);

        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", DEMO_PASSWORD).param("newPassword", "Changed#2027").param("confirmPassword", "Changed#2027"))
                .andExpect(redirectedUrl("/admin?passwordChanged"));

        mvc.perform(get("/admin").session(here)).andExpect(status().isOk());
        mvc.perform(get("/admin").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(get("/login").param("expired", "")).andExpect(content().string(containsString("登录已失效，请重新登录")));
    }

    @Test
    void aPasswordChangeThroughTheApiEndsTheTokens() throws Exception {
        String officer = testAccounts.staff("market", Role.INFO_OFFICER, false);
        String token = tokenFor(officer);
        MockHttpSession session = signIn(officer, DEMO_PASSWORD);
        mvc.perform(post("/api/v1/me/password").header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + DEMO_PASSWORD + "\",\"newPassword\":\"Changed#2027\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login?expired"));
        String fresh = tokenFor(officer, "Changed#2027");
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(fresh))).andExpect(status().isOk());
    }

    @Test
    void aTokenSignsItselfOutAndOnlyItself() throws Exception {
        String officer = testAccounts.staff("market", Role.INFO_OFFICER, false);
        String leaving = tokenFor(officer);
        String staying = tokenFor(officer);
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", bearer(leaving))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(leaving))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(staying))).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/auth/token")).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = :u and action = 'logout' and result = 'SUCCESS'")
                .param("u", officer).query(Long.class).single()).isEqualTo(1L);
    }
}
