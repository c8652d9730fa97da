package org.opencounty.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class LoginAndLockoutTest extends IntegrationTest {

    @Autowired
    org.opencounty.TimeMachine time;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void staffSignInThroughTheFormAndReachTheBackOffice() throws Exception {
        var result = mvc.perform(formLogin("/login").user("officer1").password(DEMO_PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() throws Exception {
        mvc.perform(formLogin("/login").user("officer2").password("Wrong#2026"))
                .andExpect(redirectedUrl("/login?error"));
        long failures = jdbc.sql("select count(*) from audit_entry where actor = 'officer2' and action = 'login' and result = 'FAILURE'")
                .query(Long.class).single();
        assertThat(failures).isPositive();
    }

    /** An attempt as if from the given client address. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The login form posted as if from the given client address. */
    static MockHttpServletRequestBuilder signInForm(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    static MockHttpServletRequestBuilder tokenRequest(String username, String password) {
        return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private int failedLogins(String username) {
        return jdbc.sql("select failed_logins from account where username = :u").param("u", username).query(Integer.class).single();
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        // Spread over addresses, as only an attacker with many addresses can lock an account (docs/security.md).
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(tokenRequest(username, "Wrong#2026").with(from("10.5.0." + attempt)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        }
        mvc.perform(tokenRequest(username, "Wrong#2026").with(from("10.5.0.5")))
                .andExpect(status().isLocked())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
        mvc.perform(tokenRequest(username, DEMO_PASSWORD).with(from("10.5.0.6")))
                .andExpect(status().isLocked());
        mvc.perform(signInForm(username, DEMO_PASSWORD, "10.5.0.7"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void theLockExpiresAfterTheConfiguredDuration() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(signInForm(username, "Wrong#2026", "10.5.1." + attempt));
        }
        mvc.perform(signInForm(username, DEMO_PASSWORD, "10.5.1.6")).andExpect(redirectedUrl("/login?locked"));
        // Winding the lock back stands in for waiting 15 minutes.
        jdbc.sql("update account set locked_until = :t where username = :u")
                .param("t", java.sql.Timestamp.from(time.instant().minusSeconds(1))).param("u", username).update();
        mvc.perform(signInForm(username, DEMO_PASSWORD, "10.5.1.6")).andExpect(redirectedUrl("/admin"));
    }

    /** Once a refused form login asked the same check twice: a citizen was locked at the third try, not the fifth. */
    @Test
    void oneWrongPasswordCountsOnceThroughTheFormAndThroughTheApi() throws Exception {
        for (boolean throughTheForm : new boolean[] {true, false}) {
            String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
            for (int attempt = 1; attempt <= 4; attempt++) {
                mvc.perform(throughTheForm ? signInForm(username, "Wrong#2026", "10.5.2.1")
                        : tokenRequest(username, "Wrong#2026").with(from("10.5.2.1")));
                assertThat(failedLogins(username)).as("form " + throughTheForm).isEqualTo(attempt);
            }
            // Four failures make this address wait for this name; from any other, the owner signs in.
            mvc.perform(signInForm(username, DEMO_PASSWORD, "10.5.2.1")).andExpect(redirectedUrl("/login?throttled"));
            mvc.perform(signInForm(username, DEMO_PASSWORD, "10.5.2.2")).andExpect(redirectedUrl("/admin"));
            assertThat(failedLogins(username)).isZero();
        }
    }

    @Test
    void oneAddressCannotLockSomebodyOut() throws Exception {
        String username = testAccounts.staff("market", Role.CENTER_ADMIN, false);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(tokenRequest(username, "Wrong#2026").with(from("10.5.4.1"))).andExpect(status().isUnauthorized());
        }
        for (int attempt = 1; attempt <= 6; attempt++) {
            mvc.perform(tokenRequest(username, "Wrong#2026").with(from("10.5.4.1")))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(jsonPath("$.code").value("THROTTLED"));
        }
        mvc.perform(signInForm(username, "Wrong#2026", "10.5.4.1"))
                .andExpect(redirectedUrl("/login?throttled"));
        // The attacker's address waits; the account is not locked, and its owner signs in from elsewhere.
        assertThat(failedLogins(username)).isEqualTo(4);
        mvc.perform(signInForm(username, DEMO_PASSWORD, "10.5.4.2")).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void anAddressFailingAcrossManyNamesWaits() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        for (int attempt = 1; attempt <= 20; attempt++) {
            mvc.perform(tokenRequest("spray" + attempt, "Wrong#2026").with(from("10.5.5.1"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(tokenRequest(username, DEMO_PASSWORD).with(from("10.5.5.1"))).andExpect(status().isTooManyRequests());
        mvc.perform(tokenRequest(username, DEMO_PASSWORD).with(from("10.5.5.2"))).andExpect(status().isOk());
    }

    @Test
    void unknownNamesAnswerLikeRealOnesEvenWhenLocked() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        for (String name : new String[] {username, "nobody-" + username}) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                mvc.perform(tokenRequest(name, "Wrong#2026").with(from("10.5.6." + attempt)))
                        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"))
                        .andExpect(jsonPath("$.message").value("用户名或密码错误"));
            }
            mvc.perform(tokenRequest(name, "Wrong#2026").with(from("10.5.6.5")))
                    .andExpect(status().isLocked()).andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
        }
    }

    @Test
    void onlyTheRightPasswordLearnsThatAnAccountIsDisabled() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        jdbc.sql("update account set enabled = false where username = :u").param("u", username).update();
        mvc.perform(tokenRequest(username, "Wrong#2026").with(from("10.5.7.1")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        mvc.perform(tokenRequest(username, DEMO_PASSWORD).with(from("10.5.7.1")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("ACCOUNT_DISABLED"));
    }

    @Test
    void everyKindOfFailedLoginIsAuditedThroughTheFormAndTheApi() throws Exception {
        String locked = testAccounts.staff("market", Role.INFO_OFFICER, false);
        jdbc.sql("update account set locked_until = now() + interval '1 hour' where username = :u").param("u", locked).update();
        String disabled = testAccounts.staff("market", Role.INFO_OFFICER, false);
        jdbc.sql("update account set enabled = false where username = :u").param("u", disabled).update();
        String wrong = testAccounts.staff("market", Role.INFO_OFFICER, false);
        String unknown = "ghost-" + wrong;
        String[][] cases = {{unknown, "Wrong#2026", "BAD_CREDENTIALS: unknown user"}, {wrong, "Wrong#2026", "BAD_CREDENTIALS: wrong password"},
                {locked, DEMO_PASSWORD, "ACCOUNT_LOCKED: locked until"}, {disabled, DEMO_PASSWORD, "ACCOUNT_DISABLED: disabled"}};
        for (String[] c : cases) {
            mvc.perform(signInForm(c[0], c[1], "10.5.8.1"));
            mvc.perform(tokenRequest(c[0], c[1]).with(from("10.5.8.2")));
            assertThat(jdbc.sql("""
                            select client_address from audit_entry where actor = :u and action = 'login' and result = 'FAILURE'
                            and details like :d order by id""")
                    .param("u", c[0]).param("d", c[2] + "%").query(String.class).list())
                    .as(c[2]).containsExactly("10.5.8.1", "10.5.8.2");
        }
        // Names nobody could hold are audited too, cut to what the log can store (a NUL in the body is refused with 400
        // before sign-in is tried: RequestHardeningTest).
        String odd = "x".repeat(300);
        mvc.perform(tokenRequest(odd, "Wrong#2026").with(from("10.5.8.3"))).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from audit_entry where client_address = '10.5.8.3' and action = 'login'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void anAccountWithAnAdministratorSetPasswordMustChangeItFirst() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, true);
        var result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("currentPassword", DEMO_PASSWORD).param("newPassword", "weak").param("confirmPassword", "weak"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("currentPassword", DEMO_PASSWORD).param("newPassword", "Better#2027").param("confirmPassword", "Better#2027"))
                .andExpect(redirectedUrl("/admin?passwordChanged"));
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("username", "officer1").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }
}
