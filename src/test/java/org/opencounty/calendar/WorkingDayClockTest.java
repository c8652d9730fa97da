package org.opencounty.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;

/**
 * A 20-working-day limit (行政许可法 art. 42) accepted on Friday 2026-09-18, across 中秋节 and 国庆节 2026,
 * with an expert review (art. 45) and an extension.
 */
@Tag("fast")
class WorkingDayClockTest {

    private static final LocalDate ACCEPTED = LocalDate.parse("2026-09-18");
    private static final String BASIS = "《中华人民共和国行政许可法》第四十五条";

    private final WorkingDays calendar = new ShippedWorkingDays().workingDays;
    private final WorkingDayClock clock = WorkingDayClock.start(ACCEPTED, 20, Region.CN);

    /** Suspended for an expert review from Monday 09-28 to Friday 10-09, the whole 国庆节 holiday inside. */
    private final WorkingDayClock reviewed = clock.suspend("handler1", "专家评审", LocalDate.parse("2026-09-28"), BASIS)
            .resume(LocalDate.parse("2026-10-09"));

    @Test
    void aRunningClockIsDueOnTheTwentiethWorkingDay() {
        assertThat(clock.dueDate(calendar).orElseThrow().dueDate()).isEqualTo("2026-10-22");
        assertThat(clock.isSuspended()).isFalse();
        assertThat(clock.budget()).isEqualTo(20);
    }

    @ParameterizedTest(name = "on {0}: {1} working days left")
    @CsvSource({
            "2026-09-17, 20",  // before the start
            "2026-09-18, 20",  // the day of acceptance does not count
            "2026-09-30, 12",
            "2026-10-08, 11",  // 国庆节 used nothing
            "2026-10-21, 1",
            "2026-10-22, 0",   // the due date
            "2026-10-23, -1"   // overdue
    })
    void remainingDaysOfARunningClock(LocalDate today, int remaining) {
        assertThat(clock.remainingWorkingDays(today, calendar)).isEqualTo(remaining);
    }

    @Test
    void suspendedDaysDoNotCountAndTheHolidayInsideStaysAHoliday() {
        DueDate due = reviewed.dueDate(calendar).orElseThrow();

        assertThat(due.dueDate()).isEqualTo("2026-10-29");
        assertThat(due.skipped()).extracting(SkippedDay::date, SkippedDay::reason).contains(
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-09-28"), "暂停计时：专家评审"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-10-01"), "国庆节"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-10-09"), "暂停计时：专家评审"));
        assertThat(due.adjusted()).extracting(AdjustedDay::date)
                .containsExactly(LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10"));
        assertThat(reviewed.suspensions()).singleElement().satisfies(suspension -> {
            assertThat(suspension.by()).isEqualTo("handler1");
            assertThat(suspension.legalBasis()).isEqualTo(BASIS);
            assertThat(suspension.to()).isEqualTo("2026-10-09");
        });
    }

    @ParameterizedTest(name = "on {0}: {1} working days left")
    @CsvSource({
            "2026-09-25, 15",
            "2026-09-28, 15",  // first suspended day
            "2026-10-09, 15",  // last suspended day
            "2026-10-10, 14",  // 调休 Saturday counts again
            "2026-10-28, 1",
            "2026-10-29, 0",
            "2026-11-02, -2"
    })
    void remainingDaysAfterASuspension(LocalDate today, int remaining) {
        assertThat(reviewed.remainingWorkingDays(today, calendar)).isEqualTo(remaining);
    }

    @Test
    void whileSuspendedTheDueDateIsUnknownAndTheRemainingDaysStandStill() {
        WorkingDayClock suspended = clock.suspend("handler1", "专家评审", LocalDate.parse("2026-09-28"), BASIS);

        assertThat(suspended.isSuspended()).isTrue();
        assertThat(suspended.dueDate(calendar)).isEmpty();
        assertThat(suspended.remainingWorkingDays(LocalDate.parse("2026-10-12"), calendar)).isEqualTo(15);
        assertThat(suspended.remainingWorkingDays(LocalDate.parse("2026-12-31"), calendar)).isEqualTo(15);
        assertThat(clock.isSuspended()).as("the original clock is unchanged").isFalse();
    }

    @Test
    void anExtensionAddsWorkingDays() {
        WorkingDayClock extended = clock.extend("县市场监督管理局局长", 10, "需现场核查");

        assertThat(extended.budget()).isEqualTo(30);
        assertThat(extended.dueDate(calendar).orElseThrow().dueDate()).isEqualTo("2026-11-05");
        assertThat(extended.remainingWorkingDays(LocalDate.parse("2026-10-22"), calendar)).isEqualTo(10);
        assertThat(reviewed.extend("县市场监督管理局局长", 10, "需现场核查").dueDate(calendar).orElseThrow().dueDate())
                .isEqualTo("2026-11-12");
        assertThat(extended.extensions()).singleElement().extracting(WorkingDayClock.Extension::approvedBy).isEqualTo("县市场监督管理局局长");
    }

    @Test
    void theLedgerRefusesWhatCannotHappen() {
        WorkingDayClock suspended = clock.suspend("handler1", "听证", LocalDate.parse("2026-09-21"), BASIS);

        assertThatThrownBy(() -> suspended.suspend("handler1", "检验", LocalDate.parse("2026-09-22"), BASIS))
                .isInstanceOf(ConflictException.class).hasMessage("计时已暂停，不能再次暂停");
        assertThatThrownBy(() -> clock.resume(LocalDate.parse("2026-09-22")))
                .isInstanceOf(ConflictException.class).hasMessage("计时未暂停，无需恢复");
        assertThatThrownBy(() -> suspended.resume(LocalDate.parse("2026-09-20")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reviewed.suspend("handler1", "检验", LocalDate.parse("2026-10-09"), BASIS))
                .as("overlaps the previous suspension").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> clock.suspend("handler1", " ", LocalDate.parse("2026-09-22"), ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("reason", "legalBasis"));
        assertThatThrownBy(() -> clock.extend("局长", 0, "理由")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSecondSuspensionAfterTheFirstIsCountedToo() {
        WorkingDayClock twice = reviewed.suspend("handler1", "检测", LocalDate.parse("2026-10-12"), BASIS)
                .resume(LocalDate.parse("2026-10-13"));

        // two more working days do not count
        assertThat(twice.dueDate(calendar).orElseThrow().dueDate()).isEqualTo("2026-11-02");
        assertThat(twice.remainingWorkingDays(LocalDate.parse("2026-10-13"), calendar)).isEqualTo(14);
    }
}
