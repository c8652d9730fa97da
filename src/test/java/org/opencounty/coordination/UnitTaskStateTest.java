package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.review.ReviewState;

/** Where a unit stands on a task: on time is the fact's moment against the end of the deadline day in Beijing time. */
@Tag("fast")
class UnitTaskStateTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 15);

    private static Instant beijing(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(TimeConfiguration.CHINA).toInstant();
    }

    static Stream<Arguments> states() {
        return Stream.of(
                // fulfilment, report's state, fulfilled at, now, expected
                Arguments.of(Fulfilment.REPORT, null, null, "2026-05-10T10:00", UnitTaskState.NOT_STARTED),
                Arguments.of(Fulfilment.REPORT, ReviewState.DRAFT, null, "2026-05-10T10:00", UnitTaskState.IN_PROGRESS),
                Arguments.of(Fulfilment.REPORT, ReviewState.PENDING_LEADER, null, "2026-05-10T10:00", UnitTaskState.PENDING_LEADER),
                Arguments.of(Fulfilment.REPORT, ReviewState.PENDING_CENTER, null, "2026-05-15T23:59:59", UnitTaskState.PENDING_CENTER),
                Arguments.of(Fulfilment.REPORT, ReviewState.RETURNED, null, "2026-05-12T10:00", UnitTaskState.RETURNED),
                Arguments.of(Fulfilment.REPORT, ReviewState.PENDING_CENTER, null, "2026-05-16T00:00", UnitTaskState.OVERDUE),
                Arguments.of(Fulfilment.REPORT, null, null, "2026-05-16T00:00", UnitTaskState.OVERDUE),
                Arguments.of(Fulfilment.REPORT, ReviewState.PUBLISHED, "2026-05-15T23:59:59", "2026-06-01T10:00", UnitTaskState.DONE_ON_TIME),
                Arguments.of(Fulfilment.REPORT, ReviewState.PUBLISHED, "2026-05-16T00:00", "2026-06-01T10:00", UnitTaskState.DONE_LATE),
                Arguments.of(Fulfilment.CONDITION, null, null, "2026-05-15T12:00", UnitTaskState.IN_PROGRESS),
                Arguments.of(Fulfilment.CONDITION, null, null, "2026-05-16T08:00", UnitTaskState.OVERDUE),
                // 2026-05-15 16:30 UTC is 00:30 on the 16th in Beijing: late, although it is still the 15th in UTC.
                Arguments.of(Fulfilment.CONDITION, null, "2026-05-16T00:30", "2026-05-20T10:00", UnitTaskState.DONE_LATE),
                Arguments.of(Fulfilment.CONDITION, null, "2026-04-01T09:00", "2026-05-20T10:00", UnitTaskState.DONE_ON_TIME));
    }

    @ParameterizedTest(name = "{0} {1} fulfilled {2} at {3}: {4}")
    @MethodSource
    void states(Fulfilment fulfilment, ReviewState review, String fulfilledAt, String now, UnitTaskState expected) {
        assertThat(UnitTaskState.of(fulfilment, review, fulfilledAt == null ? null : beijing(fulfilledAt), DEADLINE, beijing(now)))
                .isEqualTo(expected);
    }
}
