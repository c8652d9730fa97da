package org.opencounty.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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

class LoginAndLockoutTest extends IntegrationTest {

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

    @Test
    void fiveFailedLoginsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + username + "\",\"password\":\"Wrong#2026\"}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"Wrong#2026\"}"))
                .andExpect(status().isLocked())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .andExpect(status().isLocked());
        mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void theLockExpiresAfterTheConfiguredDuration() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("Wrong#2026"));
        }
        mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        // Winding the lock back stands in for waiting 15 minutes.
        jdbc.sql("update account set locked_until = now() - interval '1 second' where username = :u").param("u", username).update();
        mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andExpect(redirectedUrl("/admin"));
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
