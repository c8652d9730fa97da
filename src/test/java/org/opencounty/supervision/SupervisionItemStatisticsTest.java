package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics per service item: two items of the market authority and one of the town in the second quarter of
 * 2019, with cases and signals before and after the quarter that must not count; the leader's scope; the exports;
 * the back-office table and its pages.
 */
@Transactional
class SupervisionItemStatisticsTest extends IntegrationTest {

    static final String PERIOD = "from=2019-04-01&to=2019-06-30";
    static final String LICENCE = "个体工商户登记";
    static final String FOOD = "食品经营许可";
    static final String RELIEF = "临时救助申请";

    TestApplications applications;
    long licenceId;
    long foodId;

    @BeforeEach
    void setUp() {
        applications = new TestApplications(jdbc);
        licenceId = applications.itemId(LICENCE);
        foodId = applications.itemId(FOOD);
        // 个体工商户登记: accepted 04-02, decided 04-09 = 4 working days (04-05 清明), completed before the promise
        applications.insertPath("market", LICENCE, "COMPLETED", "2019-04-01", "2019-04-02", "2019-04-09", "2019-04-10", "2019-04-12");
        // accepted 04-22, decided 05-06 = 9 working days (May Day week, two Sundays worked); a day late
        long late = applications.insertPath("market", LICENCE, "COMPLETED", "2019-04-20", "2019-04-22", "2019-05-06", "2019-05-07",
                "2019-05-06");
        // still being handled: received and accepted only; its yellow card comes after the quarter
        long running = applications.insertPath("market", LICENCE, "ACCEPTED", "2019-06-20", "2019-06-21", null, null, "2019-07-05");
        // wholly before the quarter, signal included: counts nowhere
        long before = applications.insertPath("market", LICENCE, "COMPLETED", "2019-03-01", "2019-03-04", "2019-03-08", "2019-03-11",
                "2019-03-15");
        applications.signal(late, "WARNING", "2019-04-30");
        applications.signal(late, "YELLOW", "2019-05-07");
        applications.signal(late, "RED", "2019-05-15");
        applications.signal(running, "YELLOW", "2019-07-01");
        applications.signal(before, "WARNING", "2019-03-07");

        // 食品经营许可: 05-08 to 05-09 = 1 working day, on time
        long food = applications.insertPath("market", FOOD, "COMPLETED", "2019-05-07", "2019-05-08", "2019-05-09", "2019-05-10",
                "2019-05-15");
        // received and accepted in March, completed on time in April: 03-26 to 04-01 = 4 working days
        long march = applications.insertPath("market", FOOD, "COMPLETED", "2019-03-25", "2019-03-26", "2019-04-01", "2019-04-02",
                "2019-04-03");
        applications.signal(food, "WARNING", "2019-05-09");
        applications.signal(march, "WARNING", "2019-03-29");

        // the town's item, for the scope
        applications.insertPath("balikun-zhen", RELIEF, "COMPLETED", "2019-04-10", "2019-04-11", "2019-04-12", "2019-04-15",
                "2019-04-20");
    }

    @Test
    void countsEachItemOfAUnitForThePeriodOnly() throws Exception {
        mvc.perform(get("/api/v1/supervision/statistics/items?" + PERIOD + "&unit=market")
                        .header("Authorization", bearer(tokenFor("supervisor"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2019-04-01"))
                .andExpect(jsonPath("$.to").value("2019-06-30"))
                .andExpect(jsonPath("$.items.length()").value(2))
                // the most received first
                .andExpect(jsonPath("$.items[0].itemId").value(licenceId))
                .andExpect(jsonPath("$.items[0].itemName").value(LICENCE))
                .andExpect(jsonPath("$.items[0].unitCode").value("market"))
                .andExpect(jsonPath("$.items[0].unitName").value(applications.unitName("market")))
                .andExpect(figures(0, 3, 3, 2, 1, 50.0, 6.5, 1, 1, 1))
                .andExpect(jsonPath("$.items[0].grade").doesNotExist())
                .andExpect(jsonPath("$.items[1].itemId").value(foodId))
                .andExpect(jsonPath("$.items[1].itemName").value(FOOD))
                .andExpect(figures(1, 1, 1, 2, 2, 100.0, 2.5, 1, 0, 0));
    }

    @Test
    void anItemWhoseCasesLieInTwoUnitsIsStillOneRow() throws Exception {
        // A case of the town's item filed under the market (as if the item had moved), with a signal of its own.
        long moved = applications.insertPath("market", RELIEF, "COMPLETED", "2019-05-10", "2019-05-13", "2019-05-14", "2019-05-15",
                "2019-05-20");
        applications.signal(moved, "WARNING", "2019-05-13");
        mvc.perform(get("/api/v1/supervision/statistics/items?" + PERIOD).header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[?(@.itemName == '" + RELIEF + "')].received").value(2))
                .andExpect(jsonPath("$.items[?(@.itemName == '" + RELIEF + "')].warnings").value(1));
    }

    @Test
    void theWholeSiteListsEveryUnitsItemsAndAddsUpToTheUnitFigures() throws Exception {
        String token = bearer(tokenFor("admin"));
        mvc.perform(get("/api/v1/supervision/statistics/items?" + PERIOD).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].itemName").value(LICENCE))
                // one received each: the more completed first
                .andExpect(jsonPath("$.items[1].itemName").value(FOOD))
                .andExpect(jsonPath("$.items[2].itemName").value(RELIEF))
                .andExpect(jsonPath("$.items[2].unitCode").value("balikun-zhen"));
        mvc.perform(get("/api/v1/supervision/statistics?" + PERIOD + "&unit=market").header("Authorization", token))
                .andExpect(jsonPath("$.units[0].received").value(4))
                .andExpect(jsonPath("$.units[0].completed").value(4))
                .andExpect(jsonPath("$.units[0].completedOnTime").value(3))
                .andExpect(jsonPath("$.units[0].averageWorkingDays").value(4.5))
                .andExpect(jsonPath("$.units[0].warnings").value(2));
    }

    @Test
    void aLeaderGetsTheirUnitsItemsOnlyAndIsRefusedAnotherUnit() throws Exception {
        String token = bearer(tokenFor("leader1"));
        mvc.perform(get("/api/v1/supervision/statistics/items?" + PERIOD).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].unitCode").value("market"))
                .andExpect(jsonPath("$.items[1].unitCode").value("market"));
        for (String path : List.of("/api/v1/supervision/statistics/items", "/api/v1/supervision/statistics/items.csv",
                "/api/v1/supervision/statistics/items.xlsx")) {
            mvc.perform(get(path + "?" + PERIOD + "&unit=balikun-zhen").header("Authorization", token))
                    .andExpect(status().isForbidden())
                    .andExpect(header().string("Content-Type", startsWith("application/json")))
                    .andExpect(jsonPath("$.code").exists());
        }
        mvc.perform(get("/api/v1/supervision/statistics/items?" + PERIOD).header("Authorization", bearer(tokenFor("handler1"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supervision/statistics/items?" + PERIOD)).andExpect(status().isUnauthorized());
    }

    @Test
    void theCsvHasARowPerItem() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/supervision/statistics/items.csv?" + PERIOD).header("Authorization", bearer(tokenFor("supervisor"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"supervision-item-statistics-2019-04-01-2019-06-30.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "单位代码,单位名称,事项ID,事项名称,收件,受理,办结,按时办结,按时办结率(%),平均办理工作日,预警,黄牌,红牌",
                "market," + applications.unitName("market") + "," + licenceId + "," + LICENCE + ",3,3,2,1,50.0,6.5,1,1,1",
                "market," + applications.unitName("market") + "," + foodId + "," + FOOD + ",1,1,2,2,100.0,2.5,1,0,0",
                "balikun-zhen," + applications.unitName("balikun-zhen") + "," + applications.itemId(RELIEF) + "," + RELIEF
                        + ",1,1,1,1,100.0,1.0,0,0,0");
    }

    @Test
    void theWorkbookHoldsTheItemsAsNumbers() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/supervision/statistics/items.xlsx?" + PERIOD + "&unit=market")
                        .header("Authorization", bearer(tokenFor("leader1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", StatisticsWorkbook.CONTENT_TYPE))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"supervision-item-statistics-2019-04-01-2019-06-30.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("事项统计 2019-04-01至2019-06-30");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("电子监察事项统计（2019-04-01 至 2019-06-30）");
            List<String> headings = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(headings).containsExactly("单位代码", "单位名称", "事项ID", "事项名称", "收件", "受理", "办结", "按时办结", "按时办结率",
                    "平均办理工作日", "预警", "黄牌", "红牌");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

            Row licence = sheet.getRow(2);
            assertThat(licence.getCell(0).getStringCellValue()).isEqualTo("market");
            assertThat(licence.getCell(2).getStringCellValue()).isEqualTo(String.valueOf(licenceId));
            assertThat(licence.getCell(3).getStringCellValue()).isEqualTo(LICENCE);
            assertThat(List.of(4, 5, 6, 7, 10, 11, 12)).map(column -> licence.getCell(column).getNumericCellValue())
                    .containsExactly(3.0, 3.0, 2.0, 1.0, 1.0, 1.0, 1.0);
            assertThat(licence.getCell(8).getNumericCellValue()).isCloseTo(0.5, within(1e-9));
            DataFormatter shown = new DataFormatter();
            assertThat(shown.formatCellValue(licence.getCell(8))).isEqualTo("50.0%");
            assertThat(shown.formatCellValue(licence.getCell(9))).isEqualTo("6.5");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo(FOOD);
            assertThat(sheet.getRow(3).getCell(8).getNumericCellValue()).isCloseTo(1.0, within(1e-9));
            // Nothing else: the unit's one other row is the end of the table, and no grade or chart for items.
            assertThat(sheet.getRow(4) == null).isTrue();
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).startsWith("按时办结率 = ");
            assertThat(sheet.getDrawingPatriarch()).isNull();
        }
    }

    /** One case in the quarter for every published item of the site besides those above: more than a page. */
    private int oneCaseForEveryOtherItem() {
        List<String> names = jdbc.sql("select name from published_entry where kind = 'ITEM' and name not in (:taken) order by entry_id")
                .param("taken", List.of(LICENCE, FOOD, RELIEF)).query(String.class).list();
        for (String name : names) {
            String unit = jdbc.sql("select unit_code from published_entry where kind = 'ITEM' and name = :name").param("name", name)
                    .query(String.class).single();
            applications.insertPath(unit, name, "ACCEPTED", "2019-06-03", "2019-06-04", null, null, "2019-06-28");
        }
        int total = names.size() + 3;
        assertThat(total).isGreaterThan(SupervisionBoard.PAGE_SIZE);
        return total;
    }

    @Test
    void aPageOfItemsIsCountedInTheDatabaseForItsItemsOnly() throws Exception {
        int total = oneCaseForEveryOtherItem();
        MockHttpSession session = signIn("supervisor");
        String[] page = new String[1];
        List<StatementCounter.Executed> read = StatementCounter.record(() -> page[0] = mvc.perform(
                        get("/admin/supervision/statistics?" + PERIOD + "&by=item").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        // Paging in memory read every item's cases to show fifty of them; no statement now reads more than a page.
        List<StatementCounter.Executed> cases = read.stream().filter(s -> s.sql().contains("application_case")).toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(s -> assertThat(s.rows()).as(s.toString()).isLessThanOrEqualTo(SupervisionBoard.PAGE_SIZE));
        assertThat(page[0]).contains("共 " + total + " 个", "第 1 / 2 页", "<th scope=\"row\">" + LICENCE + "</th>");
        assertThat(page[0].split("<th scope=\"row\">", -1)).hasSize(SupervisionBoard.PAGE_SIZE + 1);
    }

    @Test
    void theBackOfficeShowsTheItemsAPageAtATimeWithTheirExports() throws Exception {
        int total = oneCaseForEveryOtherItem();
        MockHttpSession session = signIn("supervisor");

        String first = mvc.perform(get("/admin/supervision/statistics?" + PERIOD + "&by=item").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("<h2>按事项统计</h2>", "共 " + total + " 个", "aria-current=\"page\">按事项</a>",
                "<th scope=\"row\">" + LICENCE + "</th>", "第 1 / 2 页",
                "href=\"/admin/supervision/statistics?" + PERIOD + "&unit=&by=item&page=2\"",
                "href=\"/admin/supervision/statistics/items.csv?" + PERIOD + "&unit=\"",
                "href=\"/admin/supervision/statistics/items.xlsx?" + PERIOD + "&unit=\"",
                "<input type=\"hidden\" name=\"by\" value=\"item\">")
                .doesNotContain("<svg");
        assertThat(first.split("<th scope=\"row\">", -1)).hasSize(SupervisionBoard.PAGE_SIZE + 1);
        String second = mvc.perform(get("/admin/supervision/statistics?" + PERIOD + "&by=item&page=2").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("第 2 / 2 页").doesNotContain("<th scope=\"row\">" + LICENCE + "</th>");
        assertThat(second.split("<th scope=\"row\">", -1)).hasSize(total - SupervisionBoard.PAGE_SIZE + 1);

        String units = mvc.perform(get("/admin/supervision/statistics?" + PERIOD).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(units).contains("<svg", "aria-current=\"page\">按单位</a>", "href=\"/admin/supervision/statistics?" + PERIOD
                + "&unit=&by=item\"");

        mvc.perform(get("/admin/supervision/statistics/items.csv?" + PERIOD).session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"supervision-item-statistics-2019-04-01-2019-06-30.csv\""));
        mvc.perform(get("/admin/supervision/statistics/items.xlsx?" + PERIOD).session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", StatisticsWorkbook.CONTENT_TYPE));
    }

    @Test
    void aLeadersBackOfficePageHasTheirItemsOnly() throws Exception {
        MockHttpSession session = signIn("leader2");
        String page = mvc.perform(get("/admin/supervision/statistics?" + PERIOD + "&by=item").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(RELIEF).doesNotContain(LICENCE).doesNotContain(FOOD);
        mvc.perform(get("/admin/supervision/statistics?" + PERIOD + "&by=item&unit=market").session(session))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/supervision/statistics/items.csv?" + PERIOD + "&unit=market").session(session))
                .andExpect(status().isForbidden());
    }

    /** Row {@code index}'s figures in the order of the table, 收件 to 红牌. */
    private static ResultMatcher figures(int index, int received, int accepted, int completed, int completedOnTime, double onTimePercent,
                                         double averageWorkingDays, int warnings, int yellowCards, int redCards) {
        String row = "$.items[" + index + "].";
        List<ResultMatcher> matchers = List.of(jsonPath(row + "received").value(received), jsonPath(row + "accepted").value(accepted),
                jsonPath(row + "completed").value(completed), jsonPath(row + "completedOnTime").value(completedOnTime),
                jsonPath(row + "onTimePercent").value(onTimePercent), jsonPath(row + "averageWorkingDays").value(averageWorkingDays),
                jsonPath(row + "warnings").value(warnings), jsonPath(row + "yellowCards").value(yellowCards),
                jsonPath(row + "redCards").value(redCards));
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
