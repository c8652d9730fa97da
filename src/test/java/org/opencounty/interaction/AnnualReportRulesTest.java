package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.units.UnitKind;

/**
 * The annual report's rules without the application: the balance check per column as the officer corrects table 三,
 * the hand-entered tables 二 and 四, the legal dates and when the officer and leader are reminded.
 */
@Tag("fast")
class AnnualReportRulesTest {

    /** A balanced table: 自然人 2 received, 1 disclosed, 1 carried out; the 总计 column their sums. */
    private static Map<String, long[]> balanced() {
        Map<String, long[]> cells = new LinkedHashMap<>();
        for (RequestTable.Row row : RequestTable.ROWS) {
            cells.put(row.key(), new long[RequestTable.COLUMNS.size()]);
        }
        cells.get("NEW")[0] = 2;
        cells.get("NEW")[6] = 2;
        cells.get("DISCLOSED")[0] = 1;
        cells.get("DISCLOSED")[6] = 1;
        cells.get("TOTAL")[0] = 1;
        cells.get("TOTAL")[6] = 1;
        cells.get("CARRIED_OUT")[0] = 1;
        cells.get("CARRIED_OUT")[6] = 1;
        return cells;
    }

    @ParameterizedTest(name = "{0}[{1}] {2} → failing {3}")
    @CsvSource(delimiter = ';', value = {
            "NEW; 0; 0; ''",                                   // untouched: balances
            "NEW; 0; 1; 自然人|总计",                           // received one more, answered nowhere
            "CARRIED_IN; 1; 1; 商业企业|总计",                  // carried in, neither answered nor carried out
            "CARRIED_OUT; 0; -1; 自然人|总计",                 // one fewer carried out than came
            "DISCLOSED; 0; 1; 自然人|总计",                     // a result row no longer sums into 三（七）
            "WITHHELD_4; 2; 1; 科研机构|总计",                  // a sub-row no longer sums into 不予公开
            "TOTAL; 6; 1; 总计",                                // 总计 no longer the sum of the columns
            "OTHER_3; 5; 1; 其他|总计"})
    void eachColumnMustBalance(String row, int column, long change, String failing) {
        Map<String, long[]> cells = balanced();
        cells.get(row)[column] += change;
        List<String> expected = failing.isEmpty() ? List.of() : List.of(failing.split("\\|"));
        assertThat(new RequestTable(cells).failingColumns()).containsExactlyElementsOf(expected);
    }

    @Test
    void aCorrectedTableMustHaveTheTemplatesShape() {
        assertThatThrownBy(() -> AnnualReports.requireShape(Map.of("NOPE", new long[7]))).hasMessageContaining("未知的行");
        assertThatThrownBy(() -> AnnualReports.requireShape(Map.of("NEW", new long[3]))).hasMessageContaining("应有 7 列");
        assertThatThrownBy(() -> AnnualReports.requireShape(Map.of("NEW", new long[] {-1, 0, 0, 0, 0, 0, 0}))).hasMessageContaining("负数");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} = {4}: {5}")
    @CsvSource({
            "0, 0, 0, 0, 0, ''",
            "1, 2, 0, 1, 4, ''",
            "1, 0, 0, 0, 2, 总计应等于",
            "-1, 0, 0, 0, -1, 不能为空或负数"})
    void appealsTotalIsTheSumOfTheResults(long upheld, long corrected, long other, long pending, long total, String message) {
        Appeals appeals = new Appeals(new Appeals.Outcomes(upheld, corrected, other, pending, total), Appeals.Outcomes.NONE, Appeals.Outcomes.NONE);
        if (message.isEmpty()) {
            assertThat(appeals.errors()).isEmpty();
        } else {
            assertThat(appeals.errors()).containsOnlyKeys("appeals.reconsideration");
            assertThat(appeals.errors().get("appeals.reconsideration")).contains(message);
        }
    }

    @ParameterizedTest(name = "收费金额 {0} → {1}")
    @CsvSource({"0, true", "1.2345, true", "1.23456, false", "-0.01, false"})
    void feeIncomeIsInTenThousandYuanToFourPlaces(String amount, boolean valid) {
        ActiveDisclosure active = new ActiveDisclosure(0, 0, 0, 0, 0, 0, 0, 0, 0, new BigDecimal(amount));
        assertThat(active.errors().isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} {1}: due {2}")
    @CsvSource({"DEPARTMENT, 2025, 2026-01-31", "TOWNSHIP, 2025, 2026-01-31", "COUNTY, 2025, 2026-03-31", "COUNTY, 2027, 2028-03-31"})
    void theLegalDatesOfArticle49(UnitKind kind, int year, LocalDate due) {
        assertThat(new AnnualReportSettings(null, null, null).dueOn(kind, year)).isEqualTo(due);
    }

    @Test
    void theLegalDatesAreSettings() {
        assertThat(new AnnualReportSettings("01-20", "02-29", 3).dueOn(UnitKind.DEPARTMENT, 2025)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(new AnnualReportSettings("01-20", "02-29", 3).dueOn(UnitKind.COUNTY, 2023)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> new AnnualReportSettings("31-01", null, null)).hasMessageContaining("department-due");
    }

    @ParameterizedTest(name = "{0}, due {1}, {2} working days left, published {3} → {4}")
    @CsvSource({
            "2026-01-10, 2026-01-31, 14, false, NONE",
            "2026-01-24, 2026-01-31, 5, false, DUE_SOON",
            "2026-01-31, 2026-01-31, 0, false, DUE_SOON",
            "2026-02-01, 2026-01-31, -1, false, OVERDUE",
            "2026-07-14, 2026-01-31, -1, false, OVERDUE",
            "2026-02-01, 2026-01-31, -1, true, NONE",
            "2026-01-30, 2026-01-31, 1, true, NONE"})
    void theOfficerAndLeaderAreRemindedAheadAndTheDayAfter(LocalDate today, LocalDate due, int left, boolean published,
                                                         AnnualReportReminders.Stage stage) {
        assertThat(AnnualReportReminders.stage(today, due, left, 5, published)).isEqualTo(stage);
    }
}
