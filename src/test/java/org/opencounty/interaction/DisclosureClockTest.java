package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.TestCalendars;
import org.opencounty.calendar.WorkingDays;

/**
 * The clocks of 条例 art. 30–33 for a request received on Tuesday 2026-07-14 (no holiday until 中秋, 09-25): the 补正
 * notice within 7 working days, the answer within 20, one extension of up to 20, a consultation's time not counted,
 * and the restart when the correction comes in.
 */
@Tag("fast")
class DisclosureClockTest {

    private static final LocalDate RECEIVED = LocalDate.parse("2026-07-14");

    private final WorkingDays calendar = TestCalendars.shipped();

    @Test
    void aCorrectionNoticeIsDueWithinSevenWorkingDays() {
        DisclosureClock clock = new DisclosureClock(RECEIVED, Region.XJ, null, List.of(), 0);
        assertThat(clock.correctionNoticeDue(calendar).dueDate()).isEqualTo("2026-07-23");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                                          | correction in | consultation sent | answered   | extension | due
            "20 working days from receipt                    |               |                   |            | 0         | 2026-08-11",
            "one extension of 20                             |               |                   |            | 20        | 2026-09-08",
            "an extension of 5                               |               |                   |            | 5         | 2026-08-18",
            "a consultation answered after 4 working days    |               | 2026-07-20        | 2026-07-24 | 0         | 2026-08-17",
            "a consultation left unanswered: 15 not counted  |               | 2026-07-20        |            | 0         | 2026-09-01",
            "a consultation answered the day it was sent     |               | 2026-07-20        | 2026-07-20 | 0         | 2026-08-11",
            "the correction restarts the 20 days             | 2026-07-22    |                   |            | 0         | 2026-08-19",
            "restart and extension                           | 2026-07-22    |                   |            | 20        | 2026-09-16",
            "a consultation before the restart counts not    | 2026-07-22    | 2026-07-15        | 2026-07-17 | 0         | 2026-08-19",
            "restart, consultation and extension             | 2026-07-22    | 2026-07-27        | 2026-07-31 | 20        | 2026-09-21"})  // Sunday 09-20 is worked (国庆 调休)
    void theAnswerIsDue(String name, LocalDate correctionIn, LocalDate consultationSent, LocalDate consultationAnswered, int extension,
                        LocalDate due) {
        List<DisclosureClock.Consultation> consultations = new ArrayList<>();
        if (consultationSent != null) {
            consultations.add(new DisclosureClock.Consultation(consultationSent, consultationAnswered));
        }
        DisclosureClock clock = new DisclosureClock(RECEIVED, Region.XJ, correctionIn, consultations, extension);
        assertThat(clock.answerDue(calendar).dueDate()).as(name).isEqualTo(due);
        assertThat(clock.remainingWorkingDays(due, calendar)).as("0 left on the due date").isZero();
    }

    @Test
    void anUnansweredConsultationCountsItsFullFifteenWorkingDays() {
        DisclosureClock clock = new DisclosureClock(RECEIVED, Region.XJ, null,
                List.of(new DisclosureClock.Consultation(LocalDate.parse("2026-07-20"), null)), 0);
        assertThat(clock.consultationEnds(LocalDate.parse("2026-07-20"), calendar)).isEqualTo("2026-08-10");
        assertThat(clock.answerDue(calendar).dueDate())
                .isEqualTo(calendar.dueDate(RECEIVED, DisclosureClock.ANSWER_DAYS + DisclosureClock.CONSULTATION_DAYS, Region.XJ).dueDate());
    }
}
