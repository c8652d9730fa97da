package org.opencounty.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;

/** The national guideline's meta tags and the footer's identification on the public pages. */
class PortalPagesTest extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/units", "/units/market", "/columns/notices", "/sitemap", "/login", "/register"})
    void everyPageCarriesTheSiteTags(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<meta name=\"SiteName\" content=\"巴里坤哈萨克自治县人民政府\">")))
                .andExpect(content().string(containsString("<meta name=\"SiteDomain\" content=\"www.balikun.gov.cn\">")))
                .andExpect(content().string(containsString("<meta name=\"SiteIDCode\" content=\"6505210001\">")))
                .andExpect(content().string(containsString("网站标识码：6505210001")))
                .andExpect(content().string(containsString("新ICP备")))
                .andExpect(content().string(containsString("主办单位：巴里坤哈萨克自治县人民政府办公室")));
    }

    @Test
    void columnPagesCarryTheColumnTags() throws Exception {
        mvc.perform(get("/columns/policies"))
                .andExpect(content().string(containsString("<meta name=\"ColumnName\" content=\"重大事项与政策规定\">")))
                .andExpect(content().string(containsString("<meta name=\"ColumnDescription\"")))
                .andExpect(content().string(containsString("<meta name=\"ColumnKeywords\"")))
                .andExpect(content().string(containsString("<meta name=\"ColumnType\"")));
        mvc.perform(get("/"))
                .andExpect(content().string(not(containsString("ColumnName"))));
    }

    @Test
    void theHomePageNamesTheCountyAndListsItsTownships() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("巴里坤镇")))
                .andExpect(content().string(containsString("县电子政务中心")))
                .andExpect(content().string(containsString("lang=\"zh-CN\"")));
    }

    @Test
    void aUnitPageShowsTheNoticesItemOne() throws Exception {
        mvc.perform(get("/units/market"))
                .andExpect(content().string(containsString("机构设置")))
                .andExpect(content().string(containsString("法定职责")))
                .andExpect(content().string(containsString("巴里坤镇市场监督管理所")));
    }

    @Test
    void unknownPagesAnswer404InChinese() throws Exception {
        mvc.perform(get("/units/no-such-unit")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("单位不存在")));
        mvc.perform(get("/columns/secret")).andExpect(status().isNotFound());
    }

    @Test
    void healthIsPublicButMetricsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")))
                .andExpect(content().string(not(containsString("db"))));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/auth/token")))
                .andExpect(content().string(containsString("/api/v1/units/{code}")))
                .andExpect(content().string(containsString("/api/v1/supervision/statistics.xlsx")))
                .andExpect(content().string(containsString("/api/v1/supervision/statistics/items.xlsx")))
                .andExpect(content().string(containsString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andExpect(content().string(containsString("for the applicant the `signals` field is absent")));
    }
}
