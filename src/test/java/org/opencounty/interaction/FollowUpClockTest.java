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

    /**
     * Where a follow-up stands, on the dates around its due date computed on the calendar: open before, due on the day,
     * overdue from the day after (a Saturday after a Friday's due date included), done once closed, excused once the
     * appeal is upheld, none for a good rating. The sweep's view {@code interaction_follow_up} uses the same rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                                        | rated on   | days | state          | excluded | today      | standing
            "the day of the rating                         | 2026-07-14 | 15   | FOLLOW_UP_OPEN | false    | 2026-07-14 | OPEN",
            "the day before the due date                   | 2026-07-14 | 15   | FOLLOW_UP_OPEN | false    | 2026-08-03 | OPEN",
            "on the due date                               | 2026-07-14 | 15   | FOLLOW_UP_OPEN | false    | 2026-08-04 | DUE_TODAY",
            "the day after the due date                    | 2026-07-14 | 15   | FOLLOW_UP_OPEN | false    | 2026-08-05 | OVERDUE",
            "回访 recorded, rectification still missing     | 2026-07-14 | 15   | FOLLOWED_UP    | false    | 2026-08-05 | OVERDUE",
            "due on a Friday, late on the Saturday         | 2026-07-14 | 3    | FOLLOW_UP_OPEN | false    | 2026-07-18 | OVERDUE",
            "due after 国庆: not late during the holiday    | 2026-09-29 | 5    | FOLLOW_UP_OPEN | false    | 2026-10-08 | OPEN",
            "closed after the due date                     | 2026-07-14 | 15   | CLOSED         | false    | 2026-09-01 | DONE",
            "the appeal upheld: no longer followed up      | 2026-07-14 | 15   | FOLLOW_UP_OPEN | true     | 2026-09-01 | EXCUSED",
            "a good rating has no follow-up                | 2026-07-14 | 15   | RECORDED       | false    | 2026-09-01 | NONE"})
    void theFollowUpStands(String name, LocalDate ratedOn, int days, RatingState state, boolean excluded, LocalDate today,
                           FollowUpClock.Standing standing) {
        LocalDate due = state == RatingState.RECORDED ? null : FollowUpClock.due(calendar, ratedOn, days, Region.XJ);
        assertThat(FollowUpClock.standing(state, excluded, due, today)).isEqualTo(standing);
    }
}
