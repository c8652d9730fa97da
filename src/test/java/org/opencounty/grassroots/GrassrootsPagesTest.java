package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The grassroots pages over HTTP: party organisations stand under their village in the unit directory, a branch's
 * internal items show on its page only to its members, the finance form keeps its rows without JavaScript and names
 * each mistake, a broken workbook is refused cell by cell, a question with mistakes saves nothing.
 */
class GrassrootsPagesTest extends IntegrationTest {

    @Test
    void theUnitDirectoryShowsEachPartyOrganisationAfterItsVillageUnderTheTownship() throws Exception {
        String directory = mvc.perform(get("/units")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int village = directory.indexOf("href=\"/units/donghu-cun\"");
        int branch = directory.indexOf("href=\"/party/donghu-cun-party\"");
        int nextVillage = directory.indexOf("href=\"/units/yuanlin-cun\"");
        assertThat(village).isPositive();
        assertThat(branch).isGreaterThan(village).isLessThan(nextVillage);
        assertThat(directory.substring(directory.indexOf("aria-label=\"巴里坤镇下辖单位\""))).contains("href=\"/party/donghu-cun-party\"");
        assertThat(directory).contains("href=\"/villages/donghu-cun\"");
    }

    @Test
    void theTownshipsDashboardShowsWhatWaitsForItsStepAndItsLateVillages() throws Exception {
        mvc.perform(get("/admin").session(sessionOf("township1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("逾期未按规定公开的行政村")))
                .andExpect(content().string(containsString("东湖村2026年7月13日其他公开")))
                .andExpect(content().string(containsString("href=\"/admin/grassroots\"")));
        mvc.perform(get("/admin").session(sessionOf("township2")))
                .andExpect(content().string(not(containsString("东湖村2026年7月13日其他公开"))));
        mvc.perform(get("/admin/grassroots").session(sessionOf("township2")))
                .andExpect(content().string(containsString("旧户村")))
                .andExpect(content().string(not(containsString("东湖村"))));
    }

    @Test
    void aBranchsInternalItemsShowOnItsPageOnlyToItsMembers() throws Exception {
        mvc.perform(get("/party/donghu-cun-party")).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于确定刘晓东同志为发展对象的公示")))
                .andExpect(content().string(not(containsString("党费收缴情况"))));
        mvc.perform(get("/party/donghu-cun-party").session(sessionOf("citizen1")))
                .andExpect(content().string(not(containsString("党费收缴情况"))));
        mvc.perform(get("/party/donghu-cun-party").session(sessionOf("member1")))
                .andExpect(content().string(containsString("党费收缴情况")));
        long internal = jdbc.sql("select id from party_disclosure where visibility = 'INTERNAL' order by id limit 1").query(Long.class).single();
        mvc.perform(get("/party-disclosures/" + internal)).andExpect(status().isNotFound());
        mvc.perform(get("/party-disclosures/" + internal).session(sessionOf("member1"))).andExpect(status().isOk());
    }

    @Test
    void theFinanceFormAddsRowsWithoutJavaScriptAndNamesTheDifference() throws Exception {
        MockHttpSession officer = sessionOf("village1");
        mvc.perform(get("/admin/village-disclosures/new?category=FINANCE").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"lines[1].amount\"")))
                .andExpect(content().string(not(containsString("name=\"lines[2].amount\""))));
        mvc.perform(multipart("/admin/village-disclosures/new").session(officer).with(csrf())
                        .param("category", "FINANCE").param("period", "2026-07").param("shown.lines", "2")
                        .param("lines[0].item", "电费").param("addRow", "lines"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"lines[2].amount\"")))
                .andExpect(content().string(containsString("value=\"电费\"")));
        long before = jdbc.sql("select count(*) from village_disclosure").query(Long.class).single();
        mvc.perform(multipart("/admin/village-disclosures/new").session(officer).with(csrf())
                        .param("category", "FINANCE").param("period", "2026-07").param("action", "save")
                        .param("opening", "100.00").param("closing", "90.00")
                        .param("lines[0].date", "2026-07-03").param("lines[0].item", "电费").param("lines[0].direction", "EXPENSE")
                        .param("lines[0].amount", "10.01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("期末余额应为 89.99（相差 0.01）")));
        mvc.perform(multipart("/admin/village-disclosures/new").session(officer).with(csrf())
                        .param("category", "FINANCE").param("period", "2026-07").param("action", "save")
                        .param("opening", "100.00").param("closing", "90.00")
                        .param("lines[0].date", "2026-07-03").param("lines[0].item", "电费").param("lines[0].direction", "EXPENSE")
                        .param("lines[0].amount", "-10"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("金额应大于零")));
        assertThat(jdbc.sql("select count(*) from village_disclosure").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithBrokenRowsIsRefusedCellByCellAndFillsNothing() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("收支明细");
            String[][] rows = {{"日期", "摘要", "收支", "金额", "往来单位", "凭证号"},
                    {"2026-07-03", "承包费", "收入", "1200.555", "", ""},
                    {"2026-08-01", "电费", "支出", "20", "", ""},
                    {"2026-07-05", "", "借入", "abc", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(bytes);
        }
        String page = mvc.perform(multipart("/admin/village-disclosures/new")
                        .file(new MockMultipartFile("sheet", "收支.xlsx", "application/octet-stream", bytes.toByteArray()))
                        .session(sessionOf("village1")).with(csrf())
                        .param("category", "FINANCE").param("period", "2026-07").param("action", "import"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<td data-label=\"单元格\">D2</td>", "<td data-label=\"单元格\">A3</td>", "<td data-label=\"单元格\">B4</td>",
                "<td data-label=\"单元格\">C4</td>", "<td data-label=\"单元格\">D4</td>");
        assertThat(page).doesNotContain("value=\"承包费\"");
    }

    @Test
    void aQuestionWithMistakesSavesNothingAndSaysWhyInChinese() throws Exception {
        long id = jdbc.sql("select id from village_disclosure where live_revision_id is not null order by id limit 1").query(Long.class).single();
        long before = jdbc.sql("select count(*) from village_question").query(Long.class).single();
        mvc.perform(post("/village-disclosures/" + id + "/questions").with(csrf()).param("name", "").param("question", "短"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写姓名或称呼")))
                .andExpect(content().string(containsString("请写明要询问的问题")));
        mvc.perform(post("/village-disclosures/" + id + "/questions").with(csrf()).param("name", "老王")
                        .param("question", "我的电话是13999887766，请回电说明水费问题"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from village_question").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/village-disclosures/" + id + "/print")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"viewport\"")));
    }
}
