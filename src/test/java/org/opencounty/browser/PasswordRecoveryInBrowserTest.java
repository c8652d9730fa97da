package org.opencounty.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** 忘记密码 as a citizen goes through it: from the login page, a code from the (demo) outbox, a new password. */
class PasswordRecoveryInBrowserTest extends BrowserTest {

    @Test
    void aCitizenWhoForgotThePasswordSetsANewOneWithACode() throws Exception {
        mvc.perform(post("/api/v1/citizens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"forgetful\",\"phone\":\"13755550001\",\"name\":\"健忘\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                        .with(request -> {
                            request.setRemoteAddr("10.9.1.1");
                            return request;
                        }))
                .andExpect(status().isCreated());

        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("忘记密码？")).click();
        page.getByLabel("注册时使用的手机号码或电子邮箱").fill("137 5555 0001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("验证码已发送");

        Page outbox = context.newPage();
        outbox.navigate(url("/demo/outbox"));
        Matcher code = Pattern.compile("13755550001\\s+【[^】]*】[^0-9]*验证码(\\d{6})").matcher(outbox.locator("table").innerText());
        assertThat(code.find()).isTrue();
        outbox.close();

        page.getByLabel("验证码").fill(code.group(1));
        page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Remember#2027");
        page.getByLabel("确认新密码").fill("Remember#2027");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("重设密码")).click();
        assertThat(page.getByText("密码已重设，请用新密码登录。")).isVisible();

        signIn("forgetful", "Remember#2027");
        assertThat(page).hasURL(url("/account"));
        screenshot("password-recovery");
    }
}
