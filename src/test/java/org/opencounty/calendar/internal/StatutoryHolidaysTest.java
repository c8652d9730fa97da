package org.opencounty.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencounty.calendar.Region;

/** The holidays the law fixes, computed with ICU4J, against the State Council's arrangements the platform ships. */
class StatutoryHolidaysTest {

    private static final ShippedCalendar SHIPPED = new ShippedCalendar();

    @ParameterizedTest(name = "{0}: every computed statutory day is a holiday of the State Council's arrangement")
    @ValueSource(ints = {2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void everyStatutoryDayIsAHolidayOfTheShippedArrangement(int year) {
        Map<LocalDate, Boolean> shipped = SHIPPED.files(Region.CN).values().stream()
                .flatMap(file -> file.days().stream())
                .filter(day -> day.date().getYear() == year)
                .collect(Collectors.toMap(HolidayFile.Day::date, HolidayFile.Day::offDay, (a, b) -> a));

        StatutoryHolidays.of(year).forEach((date, name) -> assertThat(shipped.get(date)).as(date + " " + name).isTrue());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            # date,     name, why
            2025-01-28, 春节, 除夕 counts from 2025
            2025-01-31, 春节, 初三
            2025-05-02, 劳动节, 1–2 May from 2025
            2025-04-04, 清明节, solar term
            2026-02-16, 春节, 除夕 2026
            2026-04-05, 清明节, solar term on a Sunday
            2026-06-19, 端午节, 五月初五
            2026-09-25, 中秋节, 八月十五
            2027-01-01, 元旦, before the 2027 arrangement is published
            2027-02-05, 春节, 除夕 2027
            2027-02-08, 春节, 初三 2027
            2027-04-05, 清明节, solar term
            2027-06-09, 端午节, 五月初五
            2027-09-15, 中秋节, 八月十五
            2027-10-03, 国庆节, 1–3 October
            2028-01-25, 春节, 除夕 2028
            2030-02-02, 春节, 除夕 2030: ICU puts the new moon of 00:07 on the day before
            2030-02-05, 春节, 初三 2030
            2028-05-28, 端午节, 五月初五
            2028-10-03, 国庆节, 中秋 on a day of 国庆节
            """)
    void computedDays(LocalDate date, String name, String why) {
        assertThat(StatutoryHolidays.of(date.getYear())).as(why).containsEntry(date, name);
    }

    @ParameterizedTest(name = "{0} is not a statutory holiday")
    @CsvSource({
            "2024-05-02", // 劳动节 was one day before the 2024 revision
            "2024-02-09", // 除夕 2024 was not statutory then
            "2027-02-09", // 初四
            "2027-10-04", // the arrangement may add it; the law does not
            "2027-01-02"
    })
    void notStatutory(LocalDate date) {
        assertThat(StatutoryHolidays.of(date.getYear())).doesNotContainKey(date);
    }
}
