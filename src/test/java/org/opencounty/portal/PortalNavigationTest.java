package org.opencounty.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;

/** Where the main navigation leads: a real 政府信息公开 section, both kinds of policy documents, the whole unit tree. */
class PortalNavigationTest extends IntegrationTest {

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void disclosureOpensTheGovernmentInformationSection() throws Exception {
        assertThat(page("/")).contains("<a href=\"/disclosure\"").contains(">信息公开</a>");
        String section = page("/disclosure");
        assertThat(section).contains("<h1>政府信息公开</h1>")
                .contains("政府信息公开指南").contains("政府信息公开制度").contains("法定主动公开内容")
                .contains("政府信息公开年报").contains("依申请公开")
                .contains("href=\"/columns/notices\"").contains("href=\"/units/market/catalogue\"")
                .contains("aria-current=\"page\">信息公开</a>");
    }

    @Test
    void policyDocumentsShowNormativeAndPolicyDocuments() throws Exception {
        assertThat(page("/")).contains("<a href=\"/policies\"");
        String policies = page("/policies");
        assertThat(policies).contains("<h2 id=\"policies-规范性文件\">规范性文件</h2>").contains("<h2 id=\"policies-政策文件\">政策文件</h2>")
                .contains("巴里坤哈萨克自治县农村牧区宅基地管理办法").contains("巴政规〔2026〕3号")
                .contains("巴里坤哈萨克自治县进一步优化营商环境若干措施").contains("巴政办发〔2026〕9号");
    }

    @Test
    void villagesAndCommunitiesStandUnderTheirTownshipInTheDirectory() throws Exception {
        String directory = page("/units");
        assertThat(directory).contains("aria-label=\"巴里坤镇下辖单位\"").contains("<a href=\"/units/dongjie-community\">东街社区</a>")
                .contains("aria-label=\"大河镇下辖单位\"").contains("<a href=\"/units/dahe-cun\">大河村</a>");
        assertThat(directory.indexOf("东街社区")).isGreaterThan(directory.indexOf(">巴里坤镇</a>"));
        assertThat(directory.indexOf("东街社区")).isLessThan(directory.indexOf(">博尔羌吉镇</a>"));
    }
}
