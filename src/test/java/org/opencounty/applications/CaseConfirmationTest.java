package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** 受理, 不予受理, 作出决定 and 办结 cannot be undone: without the confirmation the page asks for, nothing changes. */
class CaseConfirmationTest extends IntegrationTest {

    private String state(long id) {
        return jdbc.sql("select state from application where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void anIrreversibleActionWaitsForItsConfirmation() throws Exception {
        ApplicationApi api = new ApplicationApi(mvc, jdbc);
        long id = api.submitted(tokenFor("citizen1"), api.onlineItemOf("market"));
        MockHttpSession handler = (MockHttpSession) mvc.perform(formLogin("/login").user("handler1").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();

        mvc.perform(get("/admin/applications/" + id).session(handler))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"on\" required data-confirm=\"确认受理该申请")));
        for (String action : new String[] {"accept", "reject"}) {
            mvc.perform(post("/admin/applications/" + id + "/" + action).session(handler).with(csrf())
                            .param("reason", "材料不全").param("legalBasis", "《中华人民共和国行政许可法》第三十二条"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("不能撤销，请勾选确认后再提交")));
            assertThat(state(id)).isEqualTo("SUBMITTED");
        }
        mvc.perform(post("/admin/applications/" + id + "/accept").session(handler).with(csrf()).param("confirm", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("ACCEPTED");

        // The history names the handler as people know them, not by the account's username.
        String name = jdbc.sql("select display_name from account where username = 'handler1'").query(String.class).single();
        String page = mvc.perform(get("/admin/applications/" + id).session(handler)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<td>" + name + "</td><td>受理</td>").doesNotContain("<td>handler1</td>");
    }

    @Test
    void aFeeOnAnItemMarkedFreeWarnsBeforeTheDecisionIsWritten() throws Exception {
        ApplicationApi api = new ApplicationApi(mvc, jdbc);
        long item = api.onlineItemOf("market");
        assertThat(jdbc.sql("select (content::jsonb ->> 'free')::boolean from published_entry where entry_id = :id").param("id", item)
                .query(Boolean.class).single()).isTrue();
        long id = api.submitted(tokenFor("citizen1"), item);
        api.act(tokenFor("handler1"), id, "accept");
        MockHttpSession leader = (MockHttpSession) mvc.perform(formLogin("/login").user("leader1").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/admin/applications/" + id).session(leader))
                .andExpect(content().string(containsString("本事项在办事指南中为不收费事项。")));

        mvc.perform(post("/admin/applications/" + id + "/decide").session(leader).with(csrf())
                        .param("approved", "true").param("reason", "符合条件").param("fee", "50").param("confirm", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("收取 50 元将被电子监察记为超标准收费")))
                .andExpect(content().string(containsString("name=\"feeOnFreeItem\"")));
        assertThat(state(id)).isEqualTo("ACCEPTED");

        mvc.perform(post("/admin/applications/" + id + "/decide").session(leader).with(csrf())
                        .param("approved", "true").param("reason", "符合条件").param("fee", "50").param("confirm", "on")
                        .param("feeOnFreeItem", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("APPROVED");
    }
}
