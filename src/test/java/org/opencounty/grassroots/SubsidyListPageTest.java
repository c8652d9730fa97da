package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The village's officer keeps a subsidy list (补贴名单) in the back-office form, without JavaScript: rows added by posting
 * the form back, every mistake shown beside its cell at once, a row corrected or removed (删除) from the version read,
 * a stale version refused with 409 and the typed rows kept; the ID and bank numbers are stored and shown masked, in the
 * form and on the public page after the chain.
 */
class SubsidyListPageTest extends IntegrationTest {

    private static final String NEW = "/admin/village-disclosures/new";

    private static MockHttpServletRequestBuilder rows(MockHttpServletRequestBuilder request, List<String[]> rows) {
        request = request.with(csrf()).param("category", "SUBSIDIES").param("period", "2026-Q2");
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String at = "subsidies[" + i + "].";
            request = request.param(at + "name", row[0]).param(at + "item", row[1]).param(at + "amount", row[2]).param(at + "date", row[3])
                    .param(at + "idNumber", row[4]).param(at + "bankAccount", row[5]);
            if (row.length > 6) {
                request = request.param(at + "remove", row[6]);
            }
        }
        return request;
    }

    private String json(long id) throws Exception {
        return mvc.perform(get("/api/v1/village-disclosures/" + id).header("Authorization", bearer(tokenFor("village1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theOfficerWritesCorrectsAndShortensAListInThePage() throws Exception {
        MockHttpSession officer = sessionOf("village1");
        mvc.perform(get(NEW).param("category", "SUBSIDIES").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("补贴发放名单")))
                .andExpect(content().string(containsString("name=\"subsidies[1].name\"")))
                .andExpect(content().string(not(containsString("name=\"subsidies[2].name\""))));
        // 添加一行: the form comes back with what was typed and one more row.
        mvc.perform(rows(post(NEW), List.<String[]>of(new String[] {"张玉兰", "耕地地力保护补贴", "1865.40", "2026-05-20", "", ""}))
                        .param("shown.subsidies", "3").param("addRow", "subsidies").session(officer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"张玉兰\"")))
                .andExpect(content().string(containsString("name=\"subsidies[3].name\"")));

        // Every mistake at once, beside its cell; nothing saved.
        long before = jdbc.sql("select count(*) from village_disclosure").query(Long.class).single();
        String refused = mvc.perform(rows(post(NEW), List.of(
                        new String[] {"", "耕地地力保护补贴", "12.345", "2026-05-20", "", ""},
                        new String[] {"王德明", "", "100", "2026-13-01", "", ""})).session(officer))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请填写姓名", "请填写补贴项目", "发放日期格式应为", "value=\"12.345\"", "value=\"王德明\"");
        assertThat(jdbc.sql("select count(*) from village_disclosure").query(Long.class).single()).isEqualTo(before);

        String created = mvc.perform(rows(post(NEW), List.of(
                        new String[] {"张玉兰", "耕地地力保护补贴", "1865.40", "2026-05-20", "652222195803120028", "6228 4800 0000 1234"},
                        new String[] {"王德明", "草原生态保护补助奖励", "2400", "2026-05-22", "652222196001010012", ""})).session(officer))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.replaceAll("^/admin/village-disclosures/(\\d+)\\?.*$", "$1"));
        assertThat(json(id)).doesNotContain("652222195803120028");
        assertThat((List<String>) JsonPath.read(json(id), "$.subsidies[*].idNumber")).containsExactly("****0028", "****0012");
        long version = ((Number) JsonPath.read(json(id), "$.version")).longValue();

        // The edit form shows the saved rows with the numbers masked.
        String edit = "/admin/village-disclosures/" + id + "/edit";
        mvc.perform(get(edit).session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"****0028\"")))
                .andExpect(content().string(containsString("value=\"2400.00\"")))
                .andExpect(content().string(not(containsString("652222195803120028"))));
        mvc.perform(get("/admin/village-disclosures/" + id).session(officer)).andExpect(content().string(containsString(edit)));
        // Only the village's writers change it.
        mvc.perform(get(edit).session(sessionOf("villagehead1"))).andExpect(status().isForbidden());
        mvc.perform(rows(post(edit), List.<String[]>of(new String[] {"张玉兰", "耕地地力保护补贴", "1", "2026-05-20", "", ""}))
                .param("version", Long.toString(version)).session(sessionOf("monitor1"))).andExpect(status().isForbidden());

        // Corrected: the first amount, the second row removed, a third added; the masked number is kept as it was.
        mvc.perform(rows(post(edit), List.of(
                        new String[] {"张玉兰", "耕地地力保护补贴", "1865.00", "2026-05-20", "****0028", "****1234"},
                        new String[] {"王德明", "草原生态保护补助奖励", "2400.00", "2026-05-22", "****0012", "", "true"},
                        new String[] {"李桂芳", "农机购置补贴", "3000", "2026-06-02", "", ""}))
                        .param("version", Long.toString(version)).session(officer))
                .andExpect(status().isFound());
        String after = json(id);
        assertThat((List<String>) JsonPath.read(after, "$.subsidies[*].name")).containsExactly("张玉兰", "李桂芳");
        assertThat((List<String>) JsonPath.read(after, "$.subsidies[*].amount")).containsExactly("1865.00", "3000.00");
        assertThat((List<String>) JsonPath.read(after, "$.subsidies[*].idNumber")).containsExactly("****0028", "");
        assertThat((String) JsonPath.read(after, "$.subsidyTotal")).isEqualTo("4865.00");

        // A second change from the version read before: 409, the page keeps what was typed.
        mvc.perform(rows(post(edit), List.<String[]>of(new String[] {"赵过时", "耕地地力保护补贴", "1", "2026-05-20", "", ""}))
                        .param("version", Long.toString(version)).session(officer))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("value=\"赵过时\"")));
        assertThat((List<String>) JsonPath.read(json(id), "$.subsidies[*].name")).containsExactly("张玉兰", "李桂芳");

        // Through the chain to the public page: names public, numbers masked.
        for (String[] step : new String[][] {{"village1", "submit"}, {"monitor1", "check"}, {"villagehead1", "approve"}, {"township1", "approve"}}) {
            mvc.perform(post("/api/v1/village-disclosures/" + id + "/" + step[1]).header("Authorization", bearer(tokenFor(step[0])))
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        }
        mvc.perform(get("/village-disclosures/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("李桂芳")))
                .andExpect(content().string(containsString("****0028")))
                .andExpect(content().string(not(containsString("652222195803120028"))));
        mvc.perform(get("/api/v1/village-disclosures/" + id).header("Authorization", bearer(tokenFor("township1"))))
                .andExpect(jsonPath("$.state").value("PUBLISHED"));
    }
}
