package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The law's timing (村民委员会组织法 art. 30) as a pure rule, table-driven across month and year ends: ordinary items at
 * least quarterly, finance monthly for a busy village, major matters at once; a period is due after its end and late
 * after 10 grace days.
 */
@Tag("fast")
class TimelinessTest {

    private static final Timeliness RULE = new Timeliness(10, 5);
    private static final LocalDate SINCE = LocalDate.parse("2024-01-01");

    @ParameterizedTest(name = "busy finance on {0}, published {1}: {2} for {3}")
    @CsvSource(delimiter = '|', value = {
            // Inside the grace days of May, April covered: May is due by 06-10.
            "2026-06-10 | 2026-04              | DUE        | 2026-05 | 2026-06-10",
            // One day later May is late.
            "2026-06-11 | 2026-04              | LATE       | 2026-05 | 2026-06-10",
            "2026-06-11 | 2026-04,2026-05      | UP_TO_DATE | 2026-05 |",
            // Within June's grace days, but May was never published: late for May.
            "2026-07-05 | 2026-04              | LATE       | 2026-05 | 2026-06-10",
            // Across the year end: December is due until 01-10, late on 01-11.
            "2027-01-01 | 2026-11              | DUE        | 2026-12 | 2027-01-10",
            "2027-01-10 | 2026-11              | DUE        | 2026-12 | 2027-01-10",
            "2027-01-11 | 2026-11              | LATE       | 2026-12 | 2027-01-10",
            "2027-01-11 | 2026-11,2026-12      | UP_TO_DATE | 2026-12 |",
            // February's end in a leap year and a common one.
            "2028-03-10 | 2028-01              | DUE        | 2028-02 | 2028-03-10",
            "2027-03-11 | 2027-01              | LATE       | 2027-02 | 2027-03-10",
            // A quarter's disclosure does not stand for the months of a busy village.
            "2026-07-14 | 2026-Q2              | LATE       | 2026-06 | 2026-07-10",
            // On the last day of a month nothing of it is due yet.
            "2026-06-30 | 2026-04,2026-05      | UP_TO_DATE | 2026-05 |"})
    void financeOfABusyVillageIsMonthly(LocalDate today, String published, Timeliness.Status status, String period, LocalDate dueBy) {
        Timeliness.Verdict verdict = RULE.of(VillageCategory.FINANCE, true, periods(published), SINCE, today);
        assertThat(verdict.required()).isEqualTo(DisclosurePeriod.Kind.MONTH);
        assertThat(verdict.status()).isEqualTo(status);
        assertThat(verdict.period().code()).isEqualTo(period);
        assertThat(verdict.dueBy()).isEqualTo(dueBy);
    }

    @ParameterizedTest(name = "{0} on {1}, published {2}: {3} for {4}")
    @CsvSource(delimiter = '|', value = {
            // Ordinary items and a quiet village's finance: quarterly; a month's disclosure counts for its quarter.
            "VILLAGER_DECISIONS | 2026-07-10 | 2026-Q1         | DUE        | 2026-Q2 | 2026-07-10",
            "VILLAGER_DECISIONS | 2026-07-11 | 2026-Q1         | LATE       | 2026-Q2 | 2026-07-10",
            "VILLAGER_DECISIONS | 2026-07-11 | 2026-Q1,2026-05 | UP_TO_DATE | 2026-Q2 |",
            "FINANCE            | 2026-07-14 | 2026-Q2         | UP_TO_DATE | 2026-Q2 |",
            "FINANCE            | 2026-07-14 | 2026-Q1         | LATE       | 2026-Q2 | 2026-07-10",
            // The year's turn: Q4 is due until 01-10.
            "PROJECTS           | 2027-01-04 | 2026-Q3         | DUE        | 2026-Q4 | 2027-01-10",
            "PROJECTS           | 2027-01-11 | 2026-Q3         | LATE       | 2026-Q4 | 2027-01-10",
            "PROJECTS           | 2027-01-04 | 2026-Q2         | LATE       | 2026-Q3 | 2026-10-10",
            // A matter disclosed at once within the quarter counts for it; one in the quarter before does not.
            "SUBSIDIES          | 2027-02-01 | 2026-12-18      | UP_TO_DATE | 2026-Q4 |",
            "SUBSIDIES          | 2027-02-01 | 2026-09-18      | LATE       | 2026-Q4 | 2027-01-10",
            "SUBSIDIES          | 2027-02-01 | 2026-10         | UP_TO_DATE | 2026-Q4 |"})
    void ordinaryItemsAreQuarterly(VillageCategory category, LocalDate today, String published, Timeliness.Status status,
                                   String period, LocalDate dueBy) {
        Timeliness.Verdict verdict = RULE.of(category, false, periods(published), SINCE, today);
        assertThat(verdict.required()).isEqualTo(DisclosurePeriod.Kind.QUARTER);
        assertThat(verdict.status()).isEqualTo(status);
        assertThat(verdict.period().code()).isEqualTo(period);
        assertThat(verdict.dueBy()).isEqualTo(dueBy);
    }

    @ParameterizedTest(name = "held to the rule since {0}, on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // Periods that ended before the village joined are not asked of it.
            "2026-07-01 | 2026-07-14 | UP_TO_DATE",
            "2026-06-15 | 2026-07-14 | LATE",
            "2026-05-20 | 2026-06-05 | DUE"})
    void periodsBeforeTheVillageJoinedAreNotAsked(LocalDate since, LocalDate today, Timeliness.Status status) {
        assertThat(RULE.of(VillageCategory.FINANCE, true, List.of(), since, today).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "happened {0}, published {1}, on {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "2026-06-28 | 2026-07-03 | 2026-07-14 | UP_TO_DATE",
            "2026-06-28 | 2026-07-04 | 2026-07-14 | LATE",
            "2026-12-29 |            | 2027-01-03 | DUE",
            "2026-12-29 |            | 2027-01-04 | LATE",
            "2026-12-31 | 2027-01-05 | 2027-01-05 | UP_TO_DATE"})
    void majorMattersAreDisclosedAtOnce(LocalDate happened, LocalDate published, LocalDate today, Timeliness.Status status) {
        assertThat(RULE.ofMajorMatter(happened, published, today)).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"OTHER"})
    void otherMattersAreNotPeriodic(VillageCategory category) {
        assertThat(RULE.of(category, true, List.of(), SINCE, LocalDate.parse("2026-07-14")).status())
                .isEqualTo(Timeliness.Status.NOT_REQUIRED);
    }

    private static List<DisclosurePeriod> periods(String codes) {
        LocalDate far = LocalDate.parse("2100-01-01");
        return Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(code -> DisclosurePeriod.parse(code, far)).toList();
    }
}
