package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.common.InvalidInputException;

/** Finance statements add up to the fen in exact decimals; every mistake in what was written is named where it was written. */
@Tag("fast")
class FinanceStatementTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-07-14");
    private static final DisclosurePeriod JUNE = DisclosurePeriod.parse("2026-06", TODAY);

    @Test
    void tenthsOfAYuanThatBinaryFractionsWouldMissAddUpExactly() {
        // 0.10 + 0.20 is 0.30000000000000004 in doubles; the statement must balance exactly.
        FinanceStatement statement = read("0.00", "0.30", line("2026-06-01", "INCOME", "0.10"), line("2026-06-02", "INCOME", "0.20"));
        assertThat(statement.balanced()).isTrue();
        assertThat(statement.income()).isEqualByComparingTo("0.30");
    }

    @ParameterizedTest(name = "opening {0}, closing {1}: difference {2}")
    @CsvSource({
            "1000.00, 1387.49, 0.00",
            "1000.00, 1387.50, 0.01",
            "1000.00, 1387.48, -0.01",
            "1000, 387.49, -1000.00"})
    void theDifferenceIsTheEnteredClosingLessTheComputedOne(String opening, String closing, String difference) {
        FinanceStatement statement = read(opening, closing, line("2026-06-05", "INCOME", "612.50"),
                line("2026-06-30", "EXPENSE", "225.01"));
        assertThat(Amounts.format(statement.difference())).isEqualTo(difference);
        assertThat(statement.balanced()).isEqualTo(difference.equals("0.00"));
    }

    @Test
    void anUnbalancedStatementIsRefusedWithTheDifference() {
        FinanceStatement statement = read("100.00", "150.00", line("2026-06-05", "INCOME", "49.99"));
        UnbalancedException refusal = new UnbalancedException(statement);
        assertThat(refusal.code()).isEqualTo("UNBALANCED");
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.details()).containsEntry("difference", "0.01").containsEntry("computedClosing", "149.99");
        assertThat(refusal.getMessage()).contains("相差 0.01");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            "2026-06-05 | INCOME  | -5.00   | 水费 | amount",
            "2026-06-05 | INCOME  | 0       | 水费 | amount",
            "2026-06-05 | INCOME  | 12.345  | 水费 | amount",
            "2026-06-05 | INCOME  | 1,200   | 水费 | amount",
            "2026-06-05 | INCOME  | 1e3     | 水费 | amount",
            "2026-07-01 | INCOME  | 10.00   | 水费 | date",
            "2026-6-5   | INCOME  | 10.00   | 水费 | date",
            "2026-06-05 | SIDEWAYS| 10.00   | 水费 | direction",
            "2026-06-05 | 支出    | 10.00   |      | item"})
    void eachMistakeIsNamedByItsPlace(String date, String direction, String amount, String item, String field) {
        Map<String, String> errors = new HashMap<>();
        FinanceInput input = new FinanceInput("0.00", List.of(new FinanceInput.LineInput(date, item, direction, amount, "", "")), "0.00");
        assertThat(input.read(JUNE, FinanceInput.API, errors)).isNull();
        assertThat(errors).containsKey("finance.lines[0]." + field);
    }

    @Test
    void chineseDirectionsAreReadAsWellAsTheApisNames() {
        FinanceStatement statement = read("0.00", "-5.00", new FinanceInput.LineInput("2026-06-05", "电费", "支出", "5", "", ""));
        assertThat(statement.expense()).isEqualByComparingTo("5.00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-08", "2026-Q4", "2026-07-15", "2026-13", "2026-Q5", "June", "''"})
    void aPeriodNotBegunOrMalformedIsRefused(String period) {
        assertThatThrownBy(() -> DisclosurePeriod.parse(period, TODAY)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsKey("period"));
    }

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource({"2026-07, 2026年7月, MONTH", "2026-Q3, 2026年第三季度, QUARTER", "2026-07-14, 2026年7月14日, EVENT", "2025-Q4, 2025年第四季度, QUARTER"})
    void periodsAreReadAndNamed(String code, String label, DisclosurePeriod.Kind kind) {
        DisclosurePeriod period = DisclosurePeriod.parse(code, TODAY);
        assertThat(period.code()).isEqualTo(code);
        assertThat(period.label()).isEqualTo(label);
        assertThat(period.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"'110105199001011234', ****1234", "'6228 4800 0000 5678', ****5678", "'123', ****", "'', ''"})
    void numbersAreMaskedToTheirLastFourDigits(String number, String masked) {
        assertThat(Subsidy.masked(number)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}–{1} on {2}: {3}")
    @CsvSource({
            "2026-07-13, 2026-07-17, 2026-07-12, NOT_STARTED",
            "2026-07-13, 2026-07-17, 2026-07-13, OPEN",
            "2026-07-13, 2026-07-17, 2026-07-17, OPEN",
            "2026-07-13, 2026-07-17, 2026-07-18, ENDED",
            "2026-12-29, 2027-01-02, 2027-01-01, OPEN"})
    void anAnnouncementRunsFromItsFirstToItsLastDayInclusive(LocalDate from, LocalDate to, LocalDate today, AnnouncementStatus status) {
        assertThat(AnnouncementStatus.on(from, to, today)).isEqualTo(status);
    }

    private static FinanceStatement read(String opening, String closing, FinanceInput.LineInput... lines) {
        Map<String, String> errors = new HashMap<>();
        FinanceStatement statement = new FinanceInput(opening, List.of(lines), closing).read(JUNE, FinanceInput.API, errors);
        assertThat(errors).isEmpty();
        return statement;
    }

    private static FinanceInput.LineInput line(String date, String direction, String amount) {
        return new FinanceInput.LineInput(date, "摘要", direction, amount, "", "");
    }
}
