package org.opencounty.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.Listeners;
import org.springframework.mock.web.MockHttpSession;

/** The center's editors keep the life-event scenarios in the back office; the portal shows them at once. */
class ScenarioAdminTest extends IntegrationTest {

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
    }

    @Test
    void anEditorComposesAScenarioInTheOrderTyped() throws Exception {
        List<Long> items = jdbc.sql("select entry_id from published_entry where kind = 'ITEM' order by entry_id limit 3").query(Long.class).list();
        String location = mvc.perform(post("/admin/scenarios").session(signIn("center")).with(csrf())
                        .param("name", "测试：办理居住证").param("description", "来巴里坤工作生活").param("audience", "NATURAL")
                        .param("order_" + items.get(0), "2").param("order_" + items.get(2), "1").param("note_" + items.get(2), "先办这个"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/api/v1/scenarios/" + id))
                .andExpect(jsonPath("$.steps[0].itemId").value(items.get(2)))
                .andExpect(jsonPath("$.steps[0].note").value("先办这个"))
                .andExpect(jsonPath("$.steps[1].itemId").value(items.get(0)));
        Listeners.awaitCompletion(jdbc);
        mvc.perform(get("/scenarios/" + id)).andExpect(content().string(containsString("测试：办理居住证")));
    }

    @Test
    void aScenarioNeedsANameAndItemsAndOnlyEditorsKeepThem() throws Exception {
        mvc.perform(post("/admin/scenarios").session(signIn("center")).with(csrf()).param("name", "").param("audience", "NATURAL"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写场景名称")));
        mvc.perform(get("/admin/scenarios").session(signIn("officer1"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/scenarios").session(signIn("admin")).with(csrf()).param("name", "x")).andExpect(status().isForbidden());
    }
}
