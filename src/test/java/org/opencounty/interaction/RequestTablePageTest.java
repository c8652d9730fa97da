package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Table 三 corrected on its back-office page (no JavaScript): saved through the same use case as the API, the balance
 * check's failing columns shown beside them until they add up (and the report cannot be submitted before), a cell that
 * is not a count refused beside it, a stale version refused with 409 on the page, nothing changed by a refusal; the
 * report's main form keeps the correction; and the count from the requests can be restored.
 */
class RequestTablePageTest extends IntegrationTest {

    private static final int YEAR = 2091;
    private static final String PAGE = "/admin/annual-reports/" + YEAR + "/market/requests";

    @Test
    void theOfficerCorrectsTableThreeUntilItBalances() throws Exception {
        MockHttpSession officer = sessionOf("officer1");
        mvc.perform(post("/admin/annual-reports/" + YEAR + "/market").session(officer).with(csrf())
                .param("version", "0").param("overview", "本年度总体情况").param("problems", "问题")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(PAGE).session(officer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("更正表三", "name=\"r.NEW.0\"", "当前按本单位依申请公开办理情况自动统计").doesNotContain("以下列不平衡");

        // Two new requests of citizens, one answered: the other neither answered nor carried over.
        Map<String, String> unbalanced = Map.of("r.NEW.0", "2", "r.NEW.6", "2", "r.DISCLOSED.0", "1", "r.DISCLOSED.6", "1",
                "r.TOTAL.0", "1", "r.TOTAL.6", "1");
        mvc.perform(form(officer, version(), unbalanced)).andExpect(status().is3xxRedirection());
        String shown = mvc.perform(get(PAGE).session(officer)).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("已保存表三的更正", "以下列不平衡：自然人、总计", "id=\"column-0-error\"", "id=\"column-6-error\"")
                .doesNotContain("id=\"column-1-error\"");
        assertThat(cell(read(), "NEW", 0)).isEqualTo(2);
        assertThat((Boolean) JsonPath.read(read(), "$.requestsComputed")).isFalse();
        mvc.perform(post("/admin/annual-reports/" + YEAR + "/market/submit").session(officer).with(csrf()))
                .andExpect(status().isUnprocessableEntity());

        // A cell that is not a count, and a stale version: refused on the page, what was typed kept, nothing changed.
        long version = version();
        String refused = mvc.perform(form(officer, version, Map.of("r.NEW.0", "两个", "r.CARRIED_OUT.0", "1")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("一、本年新收政府信息公开申请数量（自然人）应为不小于0的整数", "value=\"两个\"", "id=\"r.NEW.0-error\"");
        String stale = mvc.perform(form(officer, version - 1, balanced())).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("已被他人修改");
        assertThat(version()).isEqualTo(version);
        assertThat(cell(read(), "CARRIED_OUT", 0)).isZero();

        mvc.perform(form(officer, version, balanced())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(PAGE).session(officer)).andReturn().getResponse().getContentAsString()).doesNotContain("以下列不平衡");
        // The report's own form leaves the correction as it is.
        mvc.perform(post("/admin/annual-reports/" + YEAR + "/market").session(officer).with(csrf())
                .param("version", String.valueOf(version())).param("overview", "本年度总体情况（修改）").param("problems", "问题"))
                .andExpect(status().is3xxRedirection());
        assertThat(cell(read(), "CARRIED_OUT", 0)).isEqualTo(1);
        assertThat(cell(read(), "NEW", 6)).isEqualTo(2);

        mvc.perform(post(PAGE).session(officer).with(csrf()).param("version", String.valueOf(version())).param("computed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat((Boolean) JsonPath.read(read(), "$.requestsComputed")).isTrue();
    }

    @Test
    void otherUnitsAndFormsWithoutTheTokenAreRefused() throws Exception {
        mvc.perform(get(PAGE).session(sessionOf("officer2"))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).session(sessionOf("officer2")).with(csrf()).param("version", "0").param("r.NEW.0", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE).session(sessionOf("officer1")).param("version", "0").param("r.NEW.0", "1")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/annual-reports/" + YEAR + "/units/market").header("Authorization", bearer(tokenFor("officer1"))))
                .andExpect(status().isOk());
    }

    private static Map<String, String> balanced() {
        return Map.of("r.NEW.0", "2", "r.NEW.6", "2", "r.DISCLOSED.0", "1", "r.DISCLOSED.6", "1", "r.TOTAL.0", "1", "r.TOTAL.6", "1",
                "r.CARRIED_OUT.0", "1", "r.CARRIED_OUT.6", "1");
    }

    private MockHttpServletRequestBuilder form(MockHttpSession session, long version, Map<String, String> cells) {
        MockHttpServletRequestBuilder request = post(PAGE).session(session).with(csrf()).param("version", String.valueOf(version));
        cells.forEach(request::param);
        return request;
    }

    private String read() throws Exception {
        return mvc.perform(get("/api/v1/annual-reports/" + YEAR + "/units/market").header("Authorization", bearer(tokenFor("officer1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long version() throws Exception {
        return ((Number) JsonPath.read(read(), "$.version")).longValue();
    }

    private static long cell(String report, String row, int column) {
        List<Number> counts = JsonPath.read(report, "$.requests.rows[?(@.key == '" + row + "')].counts[" + column + "]");
        return counts.getFirst().longValue();
    }
}
