package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.Category;

/**
 * STANDARDS §2.2's 栏目不更新 thresholds: 工作动态 within two weeks, 公告通知 and the policy columns within six months of the
 * monitoring point (Beijing calendar); the other columns are not monitored.
 */
@Tag("fast")
class ColumnStalenessTest {

    private static final Instant POINT = beijing("2026-07-14T00:00");

    private static Instant beijing(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(TimeConfiguration.CHINA).toInstant();
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                // column, last article, stale at 2026-07-14 00:00
                Arguments.of(Category.NEWS, "2026-06-30T00:00", false),
                Arguments.of(Category.NEWS, "2026-06-29T23:59", true),
                Arguments.of(Category.NEWS, "2026-07-13T18:00", false),
                Arguments.of(Category.NOTICES, "2026-01-14T00:00", false),
                Arguments.of(Category.NOTICES, "2026-01-13T23:59", true),
                Arguments.of(Category.POLICIES, "2026-02-01T09:00", false),
                Arguments.of(Category.POLICIES, "2025-12-31T09:00", true),
                Arguments.of(Category.LAWS, "2025-07-14T09:00", true),
                Arguments.of(Category.DEVELOPMENT, "2020-01-01T09:00", false),   // no threshold in §2: not monitored
                Arguments.of(Category.OTHER, "2020-01-01T09:00", false),
                Arguments.of(Category.COMMITMENTS, "2020-01-01T09:00", false),
                Arguments.of(Category.RIGHTS, "2020-01-01T09:00", false));
    }

    @ParameterizedTest(name = "{0} last {1}: stale {2}")
    @MethodSource
    void columns(Category column, String last, boolean stale) {
        assertThat(ColumnStaleness.stale(column, beijing(last), POINT)).isEqualTo(stale);
    }

    @Test
    void theMonitoredColumnsAreTheFortnightlyAndTheHalfYearly() {
        assertThat(ColumnStaleness.monitored()).containsExactlyInAnyOrder(Category.NEWS, Category.NOTICES, Category.LAWS, Category.POLICIES);
        assertThat(ColumnStaleness.fortnightly()).containsExactly(Category.NEWS);
    }
}
