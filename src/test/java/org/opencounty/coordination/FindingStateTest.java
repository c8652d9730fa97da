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

/**
 * Where a finding's rectification stands: rectified in time is the moment the closed rectification was sent on by the
 * unit's leader against the end of the due day in Beijing time; a finding not closed is overdue from the next day.
 */
@Tag("fast")
class FindingStateTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 17);

    private static Instant beijing(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(TimeConfiguration.CHINA).toInstant();
    }

    static Stream<Arguments> states() {
        return Stream.of(
                // rectification's state, written, rectified at, now, expected
                Arguments.of(ReviewState.DRAFT, false, null, "2026-06-10T10:00", FindingState.OPEN),
                Arguments.of(ReviewState.DRAFT, true, null, "2026-06-10T10:00", FindingState.IN_PROGRESS),
                Arguments.of(ReviewState.PENDING_LEADER, true, null, "2026-06-10T10:00", FindingState.PENDING_LEADER),
                Arguments.of(ReviewState.PENDING_CENTER, true, null, "2026-06-17T23:59:59", FindingState.PENDING_INSPECTOR),
                Arguments.of(ReviewState.RETURNED, true, null, "2026-06-12T10:00", FindingState.REOPENED),
                Arguments.of(ReviewState.DRAFT, false, null, "2026-06-18T00:00", FindingState.OVERDUE),
                // Waiting for the inspector does not stop the clock: the unit's leader sent it on, the finding is not closed.
                Arguments.of(ReviewState.PENDING_CENTER, true, null, "2026-06-18T00:00", FindingState.OVERDUE),
                Arguments.of(ReviewState.RETURNED, true, null, "2026-07-01T09:00", FindingState.OVERDUE),
                Arguments.of(ReviewState.PUBLISHED, true, "2026-06-17T23:59:59", "2026-07-01T10:00", FindingState.CLOSED_ON_TIME),
                Arguments.of(ReviewState.PUBLISHED, true, "2026-06-18T00:00", "2026-07-01T10:00", FindingState.CLOSED_LATE),
                // 2026-06-17 16:30 UTC is 00:30 on the 18th in Beijing: late, although it is still the 17th in UTC.
                Arguments.of(ReviewState.PUBLISHED, true, "2026-06-18T00:30", "2026-06-18T09:00", FindingState.CLOSED_LATE),
                Arguments.of(ReviewState.PUBLISHED, true, "2026-06-01T09:00", "2026-06-02T10:00", FindingState.CLOSED_ON_TIME));
    }

    @ParameterizedTest(name = "{0} written {1} rectified {2} at {3}: {4}")
    @MethodSource
    void states(ReviewState review, boolean written, String rectifiedAt, String now, FindingState expected) {
        FindingState state = FindingState.of(review, written, rectifiedAt == null ? null : beijing(rectifiedAt), DUE, beijing(now));
        assertThat(state).isEqualTo(expected);
        assertThat(state.notInTime()).isEqualTo(expected == FindingState.OVERDUE || expected == FindingState.CLOSED_LATE);
    }
}
