package org.opencounty.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates over the real shipped arrangements of 2013, 2023, 2025 and 2026; the expected dates were checked against the State Council's notices. */
@Tag("fast")
class WorkingDaysTest {

    private final ShippedWorkingDays shipped = new ShippedWorkingDays();
    private final WorkingDays workingDays = shipped.workingDays;

    @ParameterizedTest(name = "{0} + {1} working days ({2}) = {3}")
    @CsvSource(textBlock = """
            # start,    days, region, due date,   why
            2026-09-30,  1, CN, 2026-10-08, 国庆节 10-01..10-07
            2026-10-09,  1, CN, 2026-10-10, Saturday 10-10 is a 调休 working day
            2026-10-01,  1, CN, 2026-10-08, start on a holiday
            2026-10-03,  1, CN, 2026-10-08, start on a holiday that is a Saturday
            2026-10-01,  0, CN, 2026-10-01, no working days: the start day itself
            2026-06-15,  0, XJ, 2026-06-15, no working days: the start day itself
            2026-03-06,  1, CN, 2026-03-09, an ordinary weekend
            2026-02-13,  1, CN, 2026-02-14, Saturday 02-14 worked before 春节
            2026-02-14,  1, CN, 2026-02-24, 春节 02-15..02-23
            2026-02-13,  5, CN, 2026-02-27, through 春节
            2026-02-27,  1, CN, 2026-02-28, Saturday 02-28 worked after 春节
            2026-09-18, 20, CN, 2026-10-22, 20 working days across 中秋节 and 国庆节 with two 调休
            2013-09-27,  1, CN, 2013-09-29, Sunday 09-29 worked before 国庆节
            2013-09-30,  1, CN, 2013-10-08, 国庆节 10-01..10-07
            2013-10-11,  1, CN, 2013-10-12, Saturday 10-12 worked after 国庆节
            2013-09-27, 20, CN, 2013-10-30, 20 working days across 国庆节 with both 调休
            2013-02-08,  1, CN, 2013-02-16, 春节 02-09..02-15 then Saturday 02-16 worked
            2025-03-28,  1, XJ, 2025-04-01, 肉孜节 03-29..03-31 in Xinjiang
            2025-03-28,  1, CN, 2025-03-31, no 肉孜节 nationally
            2025-06-05,  1, XJ, 2025-06-11, 古尔邦节 06-06..06-10 in Xinjiang
            2025-06-05,  1, CN, 2025-06-06, no 古尔邦节 nationally
            2023-04-20,  1, XJ, 2023-04-23, 肉孜节 04-21 then the national 调休 Sunday 04-23
            2023-04-20,  1, CN, 2023-04-21, no 肉孜节 nationally
            2013-08-07,  1, XJ, 2013-08-09, 肉孜节 2013-08-08
            2026-02-06, 10, XJ, 2026-02-27, national days apply in Xinjiang too
            """)
    void dueDates(LocalDate start, int days, Region region, LocalDate expected, String why) {
        DueDate due = workingDays.dueDate(start, days, region);

        assertThat(due.dueDate()).as(why).isEqualTo(expected);
        assertThat(due.provisional()).isFalse();
        assertThat(workingDays.workingDaysBetween(start, expected, region)).isEqualTo(days);
    }

    @Test
    void everyDayPassedOverIsExplained() {
        DueDate national = workingDays.dueDate(LocalDate.parse("2026-09-30"), 1, Region.CN);
        assertThat(national.skipped()).extracting(SkippedDay::date, SkippedDay::reason).containsExactly(
                day("2026-10-01", "国庆节"), day("2026-10-02", "国庆节"), day("2026-10-03", "国庆节"), day("2026-10-04", "国庆节"),
                day("2026-10-05", "国庆节"), day("2026-10-06", "国庆节"), day("2026-10-07", "国庆节"));
        assertThat(national.adjusted()).isEmpty();

        DueDate weekend = workingDays.dueDate(LocalDate.parse("2026-09-18"), 3, Region.CN);
        assertThat(weekend.dueDate()).isEqualTo("2026-09-22");
        assertThat(weekend.skipped()).containsExactly(new SkippedDay(LocalDate.parse("2026-09-19"), "周末"));
        assertThat(weekend.adjusted()).containsExactly(new AdjustedDay(LocalDate.parse("2026-09-20"), "调休上班"));

        DueDate regional = workingDays.dueDate(LocalDate.parse("2025-03-28"), 1, Region.XJ);
        assertThat(regional.skipped()).extracting(SkippedDay::date, SkippedDay::reason).containsExactly(
                day("2025-03-29", "肉孜节"), day("2025-03-30", "肉孜节"), day("2025-03-31", "肉孜节"));

        DueDate nationalOnly = workingDays.dueDate(LocalDate.parse("2025-03-28"), 1, Region.CN);
        assertThat(nationalOnly.skipped()).extracting(SkippedDay::reason).containsExactly("周末", "周末");
    }

    @ParameterizedTest(name = "{0} + {1}: {2}, provisional {3}")
    @CsvSource({
            "2027-03-01, 5, 2027-03-08, true",   // 2027's arrangement is not published yet: weekends only
            "2026-12-30, 3, 2027-01-04, true",   // runs into 2027: 2027-01-01 counts as a working day for now
            "2026-12-28, 3, 2026-12-31, false",  // stays in 2026
            "2027-01-05, 0, 2027-01-05, false"   // no day examined
    })
    void aYearWithoutNationalDataIsProvisional(LocalDate start, int days, LocalDate expected, boolean provisional) {
        DueDate due = workingDays.dueDate(start, days, Region.CN);

        assertThat(due.dueDate()).isEqualTo(expected);
        assertThat(due.provisional()).isEqualTo(provisional);
    }

    @ParameterizedTest(name = "{0} in {1}: working {2}")
    @CsvSource({
            "2026-10-10, CN, true",  // 调休 Saturday
            "2026-10-11, CN, false", // Sunday
            "2026-10-08, CN, true",
            "2026-10-07, CN, false", // 国庆节 on a Wednesday
            "2025-03-31, CN, true",
            "2025-03-31, XJ, false", // 肉孜节
            "2023-04-23, XJ, true",  // national 调休 applies in Xinjiang
            "2027-01-01, CN, true"   // unknown year: weekdays work
    })
    void workingDaysOfTheYear(LocalDate date, Region region, boolean working) {
        assertThat(workingDays.isWorkingDay(date, region)).isEqualTo(working);
    }

    @ParameterizedTest(name = "between {0} and {1}: {2}")
    @CsvSource({
            "2026-09-30, 2026-10-08, 1",
            "2026-09-30, 2026-10-07, 0",
            "2026-10-08, 2026-10-08, 0",
            "2026-10-08, 2026-09-30, -1",  // overdue by one working day
            "2026-09-18, 2026-10-22, 20",
            "2026-10-22, 2026-09-18, -20"
    })
    void workingDaysBetweenTwoDates(LocalDate from, LocalDate to, int expected) {
        assertThat(workingDays.workingDaysBetween(from, to, Region.CN)).isEqualTo(expected);
    }

    @Test
    void aYearIsReadOnceAndThenServedFromMemory() {
        workingDays.dueDate(LocalDate.parse("2026-03-02"), 1, Region.CN);
        assertThat(shipped.yearsRead).hasValue(1);
        shipped.yearsRead.set(0);

        DueDate due = workingDays.dueDate(LocalDate.parse("2026-09-18"), 20, Region.XJ);

        assertThat(due.dueDate()).isEqualTo("2026-10-22");
        assertThat(shipped.yearsRead).hasValue(0);
    }

    @Test
    void aNegativeNumberOfDaysIsAMistake() {
        assertThatThrownBy(() -> workingDays.dueDate(LocalDate.parse("2026-03-02"), -1, Region.CN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static org.assertj.core.groups.Tuple day(String date, String reason) {
        return org.assertj.core.groups.Tuple.tuple(LocalDate.parse(date), reason);
    }
}
