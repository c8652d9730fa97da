package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table 三 of the annual report: which cell a request counts in, and the balance 一 + 二 = 三（七） + 四 per column. */
@Tag("fast")
class RequestTableTest {

    private static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    private final RequestTable table = RequestTable.of(2026, List.of(
            new RequestTable.Fact("NATURAL", d("2025-12-20"), d("2026-01-10"), "DISCLOSED"),                // carried in, answered
            new RequestTable.Fact("NATURAL", d("2025-11-01"), d("2025-12-01"), "DISCLOSED"),                // last year's: not counted
            new RequestTable.Fact("NATURAL", d("2026-07-14"), d("2026-08-20"), RequestTable.resultRow(Outcome.PARTIAL, "4.保护第三方合法权益")),
            new RequestTable.Fact("COMMERCIAL", d("2026-03-02"), d("2026-03-20"), RequestTable.resultRow(Outcome.WITHHELD, "4.保护第三方合法权益")),
            new RequestTable.Fact("LEGAL_SERVICE", d("2026-05-02"), d("2026-06-01"), RequestTable.resultRow(Outcome.CORRECTION_LAPSED, null)),
            new RequestTable.Fact("NATURAL", d("2026-12-20"), null, null),                                  // carried out
            new RequestTable.Fact("RESEARCH", d("2026-12-28"), d("2027-01-05"), "DISCLOSED"),              // answered next year: carried out
            new RequestTable.Fact("NATURAL", d("2027-01-02"), null, null)));                                // next year's: not counted

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({
            "NEW, NATURAL, 2", "NEW, COMMERCIAL, 1", "NEW, TOTAL, 5", "CARRIED_IN, NATURAL, 1", "CARRIED_IN, TOTAL, 1",
            "DISCLOSED, NATURAL, 1", "PARTIAL, NATURAL, 1", "WITHHELD_4, COMMERCIAL, 1", "WITHHELD, COMMERCIAL, 1",
            "OTHER_1, LEGAL_SERVICE, 1", "OTHER, TOTAL, 1", "TOTAL, TOTAL, 4", "TOTAL, NATURAL, 2",
            "CARRIED_OUT, NATURAL, 1", "CARRIED_OUT, RESEARCH, 1", "CARRIED_OUT, TOTAL, 2"})
    void eachRequestCountsInItsCell(String row, String column, long count) {
        assertThat(table.cell(row, column)).isEqualTo(count);
    }

    @Test
    void aComputedTableBalances() {
        assertThat(table.failingColumns()).isEmpty();
    }

    @Test
    void aCorrectedTableThatDoesNotBalanceNamesItsColumns() {
        Map<String, long[]> cells = table.cells();
        cells.get("NEW")[0]++;          // 自然人: one more received, nowhere answered
        cells.get("NEW")[6]++;
        assertThat(new RequestTable(cells).failingColumns()).containsExactly("自然人", "总计");
        Map<String, long[]> subRows = table.cells();
        subRows.get("WITHHELD_4")[1]--;  // 商业企业: the sub-row no longer adds up to 不予公开
        subRows.get("WITHHELD_4")[6]--;
        assertThat(new RequestTable(subRows).failingColumns()).containsExactly("商业企业", "总计");
        Map<String, long[]> total = table.cells();
        total.get("DISCLOSED")[6]++;     // 总计 no longer the sum of the columns
        assertThat(new RequestTable(total).failingColumns()).contains("总计");
    }

    @Test
    void theRowsFollowThe2021Template() {
        assertThat(RequestTable.ROWS.stream().map(RequestTable.Row::key).toList()).contains("WITHHELD_8", "UNAVAILABLE_3", "NOT_HANDLED_5",
                "OTHER_1", "OTHER_2", "OTHER_3");
        assertThat(RequestTable.ROWS).hasSize(2 + 2 + 9 + 4 + 6 + 4 + 1 + 1);
    }
}
