package org.opencounty.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CitizenRegistrationTest extends IntegrationTest {

    private static MockHttpServletRequestBuilder register(String json, String clientAddress) {
        return post("/api/v1/citizens").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                });
    }

    @Test
    void aCitizenRegistersWithAPhoneNumberAndCanSignIn() throws Exception {
        mvc.perform(register("{\"username\":\"wanghua\",\"phone\":\"13999001234\",\"name\":\"王华\",\"password\":\"Spring#2026\"}", "10.1.0.1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("wanghua"));
        String token = tokenFor("wanghua", "Spring#2026");
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
                .andExpect(jsonPath("$.roles[0]").value("CITIZEN"))
                .andExpect(jsonPath("$.unitCode").doesNotExist());
    }

    @Test
    void weakPasswordsTakenNamesAndMissingContactsAreRefusedFieldByField() throws Exception {
        mvc.perform(register("{\"username\":\"citizen1\",\"name\":\"李\",\"password\":\"password\"}", "10.1.0.2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.fields.username").value("该用户名已被使用"))
                .andExpect(jsonPath("$.fields.phone").exists())
                .andExpect(jsonPath("$.fields.password").exists());
        mvc.perform(register("{\"username\":\"zhaoliu\",\"email\":\"citizen1@example.com\",\"name\":\"赵六\",\"password\":\"Summer#2026\"}", "10.1.0.2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.email").value("该电子邮箱已注册"));
        long created = jdbc.sql("select count(*) from account where username = 'zhaoliu'").query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(created).isZero();
    }

    @Test
    void aLookalikeOfAnExistingNameIsRefused() throws Exception {
        for (String lookalike : new String[] {"Citizen1", "\uFF43\uFF49\uFF54\uFF49\uFF5A\uFF45\uFF4E\uFF11"}) {
            mvc.perform(register("{\"username\":\"" + lookalike + "\",\"phone\":\"13999007777\",\"name\":\"仿冒\",\"password\":\"Spring#2026\"}", "10.1.0.4"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.fields.username").value("该用户名已被使用"));
        }
    }

    @Test
    void registrationIsRateLimitedPerClientAddress() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(register("{\"username\":\"x\",\"name\":\"\",\"password\":\"\"}", "10.9.9.9")).andExpect(status().isBadRequest());
        }
        mvc.perform(register("{\"username\":\"ratelimited\",\"phone\":\"13999005555\",\"name\":\"钱七\",\"password\":\"Autumn#2026\"}", "10.9.9.9"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("TOO_MANY_REQUESTS"));
    }

    @Test
    void malformedJsonGetsAStructuredError() throws Exception {
        mvc.perform(register("{not json", "10.1.0.3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }
}
