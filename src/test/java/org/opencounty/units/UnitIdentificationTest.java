package org.opencounty.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** The center's administrator enters a unit's 统一社会信用代码 and full legal name; nobody else, and only valid codes. */
class UnitIdentificationTest extends IntegrationTest {

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
    }

    private String version() {
        return String.valueOf(jdbc.sql("select version from unit where code = 'finance'").query(Long.class).single());
    }

    @Test
    void theAdministratorEntersAValidCodeAndTheFullName() throws Exception {
        String before = jdbc.sql("select credit_code from unit where code = 'finance'").query(String.class).single();
        mvc.perform(post("/admin/units/finance/identification").session(signIn("admin")).with(csrf())
                        .param("creditCode", "91350100M000100Y44").param("legalName", "巴里坤哈萨克自治县财政局").param("version", version()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("校验码正确")));
        mvc.perform(post("/admin/units/finance/identification").session(signIn("officer1")).with(csrf())
                        .param("creditCode", "91350100M000100Y43").param("legalName", "x").param("version", version()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select credit_code from unit where code = 'finance'").query(String.class).single()).isEqualTo(before);

        mvc.perform(post("/admin/units/finance/identification").session(signIn("admin")).with(csrf())
                        .param("creditCode", "91350100m000100y43").param("legalName", "巴里坤哈萨克自治县财政局").param("version", version()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select credit_code from unit where code = 'finance'").query(String.class).single()).isEqualTo("91350100M000100Y43");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'unit.identify' and target = 'unit:finance' and result = 'SUCCESS'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
