package org.opencounty.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 忘记密码: a citizen proves the phone is theirs with a one-time code, and sets a new password. */
class PasswordRecoveryTest extends IntegrationTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String SENT = "如该手机号码或电子邮箱已注册，验证码已发送";

    @Autowired
    TimeMachine time;

    @AfterEach
    void backToNow() {
        time.reset();
    }

    /** Registers a citizen with a fresh phone number; returns {username, phone}. */
    private String[] citizen() throws Exception {
        int n = NEXT.incrementAndGet();
        String username = "reset" + n + System.nanoTime() % 10_000;
        String phone = "1370000" + "%04d".formatted(n);
        mvc.perform(post("/api/v1/citizens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"phone\":\"" + phone + "\",\"name\":\"找回\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                        .with(LoginAndLockoutTest.from("10.8.0." + n)))
                .andExpect(status().isCreated());
        return new String[] {username, phone};
    }

    private MockHttpServletRequestBuilder requestCode(String contact, String address) {
        return post("/password-reset").with(csrf()).param("contact", contact).with(LoginAndLockoutTest.from(address));
    }

    private MockHttpServletRequestBuilder confirm(String contact, String code, String password) {
        return post("/password-reset/confirm").with(csrf()).param("contact", contact).param("code", code)
                .param("newPassword", password).param("confirmPassword", password);
    }

    /** The newest code the outbox shows for the phone. */
    private String codeSentTo(String phone) throws Exception {
        String outbox = mvc.perform(get("/demo/outbox")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher code = Pattern.compile(phone + "</td><td>[^<]*验证码(\\d{6})").matcher(outbox);
        assertThat(code.find()).as("a code for " + phone).isTrue();
        return code.group(1);
    }

    @Test
    void aCitizenResetsThePasswordWithTheCodeAndEverySessionEnds() throws Exception {
        String[] citizen = citizen();
        MockHttpSession before = (MockHttpSession) mvc.perform(formLogin("/login").user(citizen[0]).password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        String token = tokenFor(citizen[0]);
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/password-reset\"")));

        mvc.perform(requestCode(citizen[1].substring(0, 3) + " " + citizen[1].substring(3, 7) + "-" + citizen[1].substring(7), "10.8.1.1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(SENT)));
        String code = codeSentTo(citizen[1]);
        String wrong = code.equals("000000") ? "111111" : "000000";

        mvc.perform(confirm(citizen[1], wrong, "Renewed#2027")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(PasswordRecovery.WRONG_CODE)));
        mvc.perform(confirm(citizen[1], code, "weak")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("密码至少需要8个字符")));
        mvc.perform(confirm(citizen[1], code, "Renewed#2027")).andExpect(redirectedUrl("/login?reset"));

        mvc.perform(get("/account").session(before)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user(citizen[0]).password("Renewed#2027")).andExpect(redirectedUrl("/account"));
        // Used once.
        mvc.perform(confirm(citizen[1], code, "Again#20270")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = :u and action = 'account.password.recover' and result = 'SUCCESS'")
                .param("u", citizen[0]).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void anUnregisteredPhoneGetsTheSameAnswerAndNoMessage() throws Exception {
        String outboxBefore = mvc.perform(get("/demo/outbox")).andReturn().getResponse().getContentAsString();
        mvc.perform(requestCode("13600009999", "10.8.2.1")).andExpect(status().isOk()).andExpect(content().string(containsString(SENT)));
        mvc.perform(get("/demo/outbox")).andExpect(content().string(not(containsString("13600009999"))));
        assertThat(outboxBefore).doesNotContain("13600009999");
        mvc.perform(confirm("13600009999", "123456", "Renewed#2027")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(PasswordRecovery.WRONG_CODE)));
    }

    @Test
    void aCodeAllowsFewAttemptsAndExpires() throws Exception {
        String[] citizen = citizen();
        mvc.perform(requestCode(citizen[1], "10.8.3.1")).andExpect(status().isOk());
        String code = codeSentTo(citizen[1]);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(confirm(citizen[1], wrong, "Renewed#2027")).andExpect(status().isBadRequest());
        }
        mvc.perform(confirm(citizen[1], code, "Renewed#2027")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(PasswordRecovery.WRONG_CODE)));

        mvc.perform(requestCode(citizen[1], "10.8.3.1")).andExpect(status().isOk());
        String fresh = codeSentTo(citizen[1]);
        time.travel(Duration.ofMinutes(11));
        mvc.perform(confirm(citizen[1], fresh, "Renewed#2027")).andExpect(status().isBadRequest());
        mvc.perform(formLogin("/login").user(citizen[0]).password(DEMO_PASSWORD)).andExpect(redirectedUrl("/account"));
    }

    @Test
    void codesAreLimitedPerPhoneAndPerAddress() throws Exception {
        String[] citizen = citizen();
        for (int i = 1; i <= 3; i++) {
            mvc.perform(requestCode(citizen[1], "10.8.4." + i)).andExpect(status().isOk());
        }
        mvc.perform(requestCode(citizen[1], "10.8.4.4")).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("获取验证码过于频繁")));
        for (int i = 0; i < 10; i++) {
            mvc.perform(requestCode("1360001" + "%04d".formatted(i), "10.8.5.1")).andExpect(status().isOk());
        }
        mvc.perform(requestCode("13600020000", "10.8.5.1")).andExpect(status().isTooManyRequests());
    }

    @Test
    void theFormsNeedTheirCsrfTokenAndAContactThatCanReceiveACode() throws Exception {
        mvc.perform(post("/password-reset").param("contact", "13600003333")).andExpect(status().isForbidden());
        mvc.perform(requestCode("not a phone", "10.8.6.1")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写注册时使用的手机号码或电子邮箱")));
    }

    @Test
    void outsideDemoModeNothingIsShownAndNothingPretendsToBeSent() {
        DemoOutbox production = new DemoOutbox("production", Clock.systemUTC());
        assertThat(production.available()).isFalse();
        assertThatThrownBy(() -> production.send(new CodeSender.Message(CodeSender.Channel.SMS, "13600000000", "x")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(production.messages()).isEmpty();
    }
}
