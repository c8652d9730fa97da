package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.TestCalendars;
import org.opencounty.calendar.WorkingDays;

/** The 回访 of a 差评 is due the given working days after the rating, on the platform calendar (weekends, holidays, 调休). */
@Tag("fast")
class FollowUpClockTest {

    private final WorkingDays calendar = TestCalendars.shipped();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                                      | rated on   | days | due
            "15 working days, no holiday                 | 2026-07-14 | 15   | 2026-08-04",
            "5 working days (the local variant)          | 2026-07-14 | 5    | 2026-07-21",
            "a Friday's rating: the weekend not counted  | 2026-07-17 | 1    | 2026-07-20",
            "over 国庆, with the worked Saturday 10-10    | 2026-09-29 | 5    | 2026-10-12",
            "over 中秋 and 国庆                           | 2026-09-24 | 15   | 2026-10-22"})
    void theFollowUpIsDue(String name, LocalDate ratedOn, int days, LocalDate due) {
        assertThat(FollowUpClock.due(calendar, ratedOn, days, Region.XJ)).isEqualTo(due);
    }
}
