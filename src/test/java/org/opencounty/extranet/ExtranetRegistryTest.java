package org.opencounty.extranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.opencounty.sites.Sites;
import org.opencounty.units.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/** The extranet registry: the unit proposes, the center confirms or sets; history, progress and export. */
class ExtranetRegistryTest extends IntegrationTest {

    static final String CONNECTED = """
            {"status":"CONNECTED","carrier":"中国电信巴里坤分公司","switchModel":"华为 S5735-L24T4S-A","switchManaged":true,
             "connectedOn":"2026-07-10","contactName":"李娜","contactPhone":"18999680083"}""";

    @Autowired
    TestAccounts accounts;
    @Autowired
    ExtranetRegistry registry;
    @Autowired
    Units units;
    @Autowired
    Sites sites;

    @Test
    void theUnitsChangeWaitsForTheCentersConfirmation() throws Exception {
        String officer = tokenFor(accounts.staff("haiziyan-xiang", Role.INFO_OFFICER, false));
        String admin = tokenFor("admin");
        long unit = units.get(sites.defaultSite().id(), "haiziyan-xiang").id();

        change(officer, "haiziyan-xiang", CONNECTED).andExpect(status().isOk())
                .andExpect(jsonPath("$.connection.status").value("APPLIED"))
                .andExpect(jsonPath("$.pending.status").value("CONNECTED"))
                .andExpect(jsonPath("$.pending.state").value("PENDING"));
        assertThat(registry.connectedSince(unit)).isEmpty();
        // The officer confirms nothing; the center does.
        mvc.perform(post("/api/v1/extranet/haiziyan-xiang/confirm").header("Authorization", bearer(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/extranet/haiziyan-xiang/confirm").header("Authorization", bearer(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.connection.status").value("CONNECTED"))
                .andExpect(jsonPath("$.connection.switchManaged").value(true))
                .andExpect(jsonPath("$.pending").doesNotExist())
                .andExpect(jsonPath("$.history[-1].state").value("CONFIRMED"))
                .andExpect(jsonPath("$.history[-1].decidedBy").value("admin"));
        assertThat(registry.connectedSince(unit)).contains(LocalDate.of(2026, 7, 10));
        mvc.perform(post("/api/v1/extranet/haiziyan-xiang/confirm").header("Authorization", bearer(admin))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOTHING_TO_CONFIRM"));
    }

    @Test
    void theCenterSetsAtOnceAndAloneGivesTheAddressRange() throws Exception {
        String officer = tokenFor(accounts.staff("xialaoba-xiang", Role.INFO_OFFICER, false));
        change(officer, "xialaoba-xiang", """
                {"status":"APPLIED","addressRange":"10.65.30.0/28"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.addressRange").value("地址段由电子政务中心分配，单位不能修改"));
        change(tokenFor("admin"), "xialaoba-xiang", """
                {"status":"UNDER_CONSTRUCTION","carrier":"中国移动巴里坤分公司","addressRange":"10.65.30.0/28"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.connection.status").value("UNDER_CONSTRUCTION"))
                .andExpect(jsonPath("$.connection.addressRange").value("10.65.30.0/28"))
                .andExpect(jsonPath("$.history[-1].state").value("SET"));
        // Bad input is named field by field and changes nothing.
        change(tokenFor("admin"), "xialaoba-xiang", """
                {"status":"CONNECTED","addressRange":"10.65.30.0/99","contactPhone":"电话"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.connectedOn").exists()).andExpect(jsonPath("$.fields.switchModel").exists())
                .andExpect(jsonPath("$.fields.addressRange").exists()).andExpect(jsonPath("$.fields.contactPhone").exists());
        change(tokenFor("admin"), "xialaoba-xiang", "{\"status\":\"通了\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.status").exists());
        mvc.perform(get("/api/v1/extranet/xialaoba-xiang").header("Authorization", bearer(officer)))
                .andExpect(jsonPath("$.connection.status").value("UNDER_CONSTRUCTION"));
    }

    @Test
    void nobodyElseChangesOrSeesAUnitsConnection() throws Exception {
        String otherOfficer = tokenFor("officer2");
        change(otherOfficer, "shirenzi-xiang", CONNECTED).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/extranet/shirenzi-xiang").header("Authorization", bearer(otherOfficer))).andExpect(status().isForbidden());
        change(tokenFor("center"), "shirenzi-xiang", CONNECTED).andExpect(status().isForbidden());
        change(tokenFor("handler2"), "balikun-zhen", CONNECTED).andExpect(status().isForbidden());
        change(tokenFor("citizen1"), "shirenzi-xiang", CONNECTED).andExpect(status().isForbidden());
        // A unit's staff list their own unit and those below it (the town's villages and communities), nothing else.
        mvc.perform(get("/api/v1/extranet").header("Authorization", bearer(otherOfficer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].unitCode").value("balikun-zhen"))
                .andExpect(jsonPath("$.items[*].unitCode").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("shirenzi-xiang"))))
                .andExpect(jsonPath("$.items[*].unitCode").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("market"))));
    }

    @Test
    void theProgressCountsByStatusAndKindAndNamesTheLateUnits() throws Exception {
        String admin = tokenFor("admin");
        mvc.perform(get("/api/v1/extranet/progress").header("Authorization", bearer(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-06-15"))
                .andExpect(jsonPath("$.total.units").value(org.hamcrest.Matchers.greaterThan(30)))
                .andExpect(jsonPath("$.rows[?(@.kind == 'TOWNSHIP')].units").value(12))
                .andExpect(jsonPath("$.pastDeadline[*].unitCode").value(org.hamcrest.Matchers.hasItem("baqiangzi-xiang")))
                .andExpect(jsonPath("$.unmanagedSwitches[*].unitCode").value(org.hamcrest.Matchers.hasItem("housing")));
        MockHttpSession center = sessionOf("admin");
        mvc.perform(get("/admin/extranet").session(center)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("逾期未接通的单位")));
        byte[] csv = mvc.perform(get("/admin/extranet/export.csv").session(center)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("单位代码,单位,类别,状态").contains("八墙子乡");
        byte[] xlsx = mvc.perform(get("/admin/extranet/export.xlsx").session(center)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("状态");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThan(30);
        }
        mvc.perform(get("/admin/extranet/export.csv").session(sessionOf("officer1"))).andExpect(status().isForbidden());
    }

    @Test
    void theOfficerProposesAndTheCenterConfirmsThroughThePages() throws Exception {
        String username = accounts.staff("huayuan-xiang", Role.INFO_OFFICER, false);
        MockHttpSession officer = sessionOf(username);
        mvc.perform(post("/admin/extranet/huayuan-xiang").session(officer).with(csrf())
                        .param("status", "CONNECTED").param("carrier", "中国电信巴里坤分公司").param("switchModel", "H3C S5120V3-28P-LI")
                        .param("switchManaged", "true").param("connectedOn", "2026-07-01").param("contactName", "马海龙")
                        .param("contactPhone", "0902-6821601").param("addressRange", currentRange("huayuan-xiang")))
                .andExpect(status().is3xxRedirection());
        MockHttpSession admin = sessionOf("admin");
        mvc.perform(get("/admin/extranet/huayuan-xiang").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("待中心确认的变更")));
        mvc.perform(post("/admin/extranet/huayuan-xiang/confirm").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(registry.connectedSince(units.get(sites.defaultSite().id(), "huayuan-xiang").id())).contains(LocalDate.of(2026, 7, 1));
        mvc.perform(post("/admin/extranet/huayuan-xiang/confirm").session(officer).with(csrf())).andExpect(status().isForbidden());
    }

    private String currentRange(String unitCode) {
        return jdbc.sql("select address_range from extranet_connection c join unit u on u.id = c.unit_id where u.code = ?")
                .param(unitCode).query(String.class).optional().orElse("");
    }

    private ResultActions change(String token, String unitCode, String json) throws Exception {
        return mvc.perform(put("/api/v1/extranet/" + unitCode).header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
