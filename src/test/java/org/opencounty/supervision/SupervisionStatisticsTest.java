package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics for a small known set in the second quarter of 2019, a period no other test writes to: the counts,
 * the on-time rate, the average in working days (清明 04-05 and the May Day week with its two worked Sundays
 * inside), the colour signals and the grade; and the shapes of the CSV and Excel exports.
 */
@Transactional
class SupervisionStatisticsTest extends IntegrationTest {

    static final String PERIOD = "from=2019-04-01&to=2019-06-30";

    @Autowired
    SupervisionBoard board;

    TestApplications applications;

    @BeforeEach
    void setUp() {
        applications = new TestApplications(jdbc);
        // market: accepted Tuesday 04-02, decided 04-09 = 4 working days (04-05 清明); completed before the promise
        insert("market", "COMPLETED", "2019-04-01", "2019-04-02", "2019-04-09", "2019-04-10", "2019-04-12");
        // accepted 04-22, decided 05-06 = 9 working days (Sunday 04-28 and Sunday 05-05 worked, 05-01..04 off); a day late
        insert("market", "COMPLETED", "2019-04-20", "2019-04-22", "2019-05-06", "2019-05-07", "2019-05-06");
        // still being handled: received and accepted only
        insert("market", "ACCEPTED", "2019-06-20", "2019-06-21", null, null, "2019-07-05");
        // received and accepted in March, completed on time in April: 03-26 to 04-01 = 4 working days
        insert("market", "COMPLETED", "2019-03-25", "2019-03-26", "2019-04-01", "2019-04-02", "2019-04-03");
        // completed without a promised date: counted as completed, left out of the rate; 05-08 to 05-09 = 1 working day
        insert("market", "COMPLETED", "2019-05-07", "2019-05-08", "2019-05-09", "2019-05-10", null);
        // balikun-zhen: one case, on time, no red card
        long town = insert("balikun-zhen", "COMPLETED", "2019-04-10", "2019-04-11", "2019-04-12", "2019-04-15", "2019-04-20");
        long marketCase = jdbc.sql("select max(id) from application where unit_id = :u").param("u", applications.unitId("market"))
                .query(Long.class).single();
        signal(marketCase, "WARNING", "2019-04-08");
        signal(insert("market", "COMPLETED", "2018-12-01", "2018-12-03", "2018-12-05", "2018-12-06", "2018-12-10"),
                "WARNING", "2019-05-02");
        signal(marketCase, "YELLOW", "2019-05-07");
        signal(marketCase, "RED", "2019-05-15");
        signal(town, "YELLOW", "2019-07-01");
    }

    @Test
    void countsRatesAverageSignalsAndGradePerUnit() throws Exception {
        mvc.perform(get("/api/v1/supervision/statistics?" + PERIOD).header("Authorization", bearer(tokenFor("supervisor"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2019-04-01"))
                .andExpect(jsonPath("$.units.length()").value(2))
                .andExpect(jsonPath("$.units[1].unitCode").value("market"))
                .andExpect(jsonPath("$.units[1].received").value(4))
                .andExpect(jsonPath("$.units[1].accepted").value(4))
                .andExpect(jsonPath("$.units[1].completed").value(4))
                .andExpect(jsonPath("$.units[1].completedOnTime").value(2))
                .andExpect(jsonPath("$.units[1].onTimePercent").value(66.6))
                .andExpect(jsonPath("$.units[1].averageWorkingDays").value(4.5))
                .andExpect(jsonPath("$.units[1].warnings").value(2))
                .andExpect(jsonPath("$.units[1].yellowCards").value(1))
                .andExpect(jsonPath("$.units[1].redCards").value(1))
                // Three cases with a promise, one late, is too few to call the unit 不合格.
                .andExpect(jsonPath("$.units[1].grade").value("INSUFFICIENT_SAMPLE"))
                .andExpect(jsonPath("$.units[1].gradeLabel").value("样本不足"))
                .andExpect(jsonPath("$.units[0].unitCode").value("balikun-zhen"))
                .andExpect(jsonPath("$.units[0].onTimePercent").value(100.0))
                .andExpect(jsonPath("$.units[0].averageWorkingDays").value(1.0))
                .andExpect(jsonPath("$.units[0].yellowCards").value(0))
                .andExpect(jsonPath("$.units[0].grade").value("INSUFFICIENT_SAMPLE"))
                .andExpect(jsonPath("$.gradingRule").value(org.hamcrest.Matchers.startsWith("按时办结率≥98%且无红牌为优秀")));
    }

    @Test
    void gradesFollowTheConfiguredThresholds() {
        assertThat(board.grade(98, 100, 0)).isEqualTo(Grade.EXCELLENT);
        assertThat(board.grade(98, 100, 1)).isEqualTo(Grade.GOOD);
        assertThat(board.grade(979, 1000, 0)).isEqualTo(Grade.GOOD);
        assertThat(board.grade(9, 10, 3)).isEqualTo(Grade.GOOD);
        assertThat(board.grade(899, 1000, 0)).isEqualTo(Grade.PASS);
        assertThat(board.grade(8, 10, 0)).isEqualTo(Grade.PASS);
        assertThat(board.grade(79, 100, 0)).isEqualTo(Grade.FAIL);
        assertThat(board.grade(0, 0, 0)).isEqualTo(Grade.NOT_GRADED);
        // Fewer than the configured minimum of decided cases (default 10): 样本不足 whatever the rate.
        assertThat(board.grade(0, 1, 0)).isEqualTo(Grade.INSUFFICIENT_SAMPLE);
        assertThat(board.grade(2, 3, 1)).isEqualTo(Grade.INSUFFICIENT_SAMPLE);
        assertThat(board.grade(9, 9, 0)).isEqualTo(Grade.INSUFFICIENT_SAMPLE);
        assertThat(board.grade(10, 10, 0)).isEqualTo(Grade.EXCELLENT);
        assertThat(board.grade(7, 10, 0)).isEqualTo(Grade.FAIL);
    }

    @Test
    void theCsvOpensInExcelWithChineseHeadings() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/supervision/statistics.csv?" + PERIOD).header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"supervision-statistics-2019-04-01-2019-06-30.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(text).endsWith("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("单位代码,单位名称,收件,受理,办结,按时办结,按时办结率(%),平均办理工作日,预警,黄牌,红牌,等级");
        // Units in the directory's order: the towns before the county's departments.
        assertThat(lines.get(1)).isEqualTo("balikun-zhen," + unitName("balikun-zhen") + ",1,1,1,1,100.0,1.0,0,0,0,样本不足");
        assertThat(lines.get(2)).isEqualTo("market," + unitName("market") + ",4,4,4,2,66.6,4.5,2,1,1,样本不足");
        assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(12));
    }

    @Test
    void theWorkbookHoldsTheSameRowsAsNumbersUnderAFrozenHeadingWithAChart() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/supervision/statistics.xlsx?" + PERIOD).header("Authorization", bearer(tokenFor("supervisor"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"supervision-statistics-2019-04-01-2019-06-30.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("监察统计 2019-04-01至2019-06-30");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("电子监察统计与考核（2019-04-01 至 2019-06-30）");
            List<String> headings = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(headings).containsExactly("单位代码", "单位名称", "收件", "受理", "办结", "按时办结", "按时办结率", "平均办理工作日",
                    "预警", "黄牌", "红牌", "等级");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);

            // The same two rows as the CSV, in the same order.
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("balikun-zhen");
            Row market = sheet.getRow(3);
            assertThat(market.getCell(0).getStringCellValue()).isEqualTo("market");
            assertThat(market.getCell(1).getStringCellValue()).isEqualTo(unitName("market"));
            assertThat(List.of(2, 3, 4, 5, 8, 9, 10)).map(column -> market.getCell(column).getNumericCellValue())
                    .containsExactly(4.0, 4.0, 4.0, 2.0, 2.0, 1.0, 1.0);
            assertThat(market.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(market.getCell(6).getNumericCellValue()).isCloseTo(0.666, within(1e-9));
            DataFormatter shown = new DataFormatter();
            assertThat(shown.formatCellValue(market.getCell(6))).isEqualTo("66.6%");
            assertThat(shown.formatCellValue(market.getCell(7))).isEqualTo("4.5");
            assertThat(market.getCell(11).getStringCellValue()).isEqualTo("样本不足");
            // Below the table after a blank row, outside the filter's range: the rule that gave the grades.
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).startsWith("考核等级：按时办结率≥98%且无红牌为优秀");
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(2));

            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.getFirst().getTitleText().getString()).isEqualTo("各单位按时办结率（2019-04-01 至 2019-06-30）");
            assertThat(charts.getFirst().getChartSeries().getFirst().getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("'监察统计 2019-04-01至2019-06-30'!$G$3:$G$4");
        }
    }

    @Test
    void csvCellsAreQuotedAndCannotBecomeFormulas() {
        assertThat(StatisticsCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(StatisticsCsv.cell("他说\"好\"")).isEqualTo("\"他说\"\"好\"\"\"");
        assertThat(StatisticsCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(StatisticsCsv.cell("-3.5")).isEqualTo("-3.5");
    }

    @Test
    void aLeaderGetsTheirUnitsRowEvenWhenAskingForAll() throws Exception {
        mvc.perform(get("/api/v1/supervision/statistics?" + PERIOD).header("Authorization", bearer(tokenFor("leader2"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(1))
                .andExpect(jsonPath("$.units[0].unitCode").value("balikun-zhen"))
                .andExpect(jsonPath("$.units[0].onTimePercent").value(100.0));
    }

    private long insert(String unit, String state, String submitted, String accepted, String decided, String completed,
                        String promised) {
        return applications.insertPath(unit, null, state, submitted, accepted, decided, completed, promised);
    }

    private void signal(long applicationId, String type, String issuedOn) {
        applications.signal(applicationId, type, issuedOn);
    }

    private String unitName(String code) {
        return applications.unitName(code);
    }
}
