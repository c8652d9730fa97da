package org.opencounty.coordination;

import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.Category;

/**
 * When a column counts as not updated (栏目不更新, STANDARDS §2.2, 国办秘函〔2019〕19号): 动态/要闻 columns (工作动态) with
 * nothing new within the two weeks before the monitoring point; 通知公告 and 政策文件 columns (公告通知, 法律法规与规范性文件,
 * 重大事项与政策规定) within the six months before it. The other columns have no threshold there and are not monitored.
 * A pure rule; {@code AssessmentFacts} asks the same question of every unit's columns in one statement.
 */
public final class ColumnStaleness {

    private static final Period FORTNIGHT = Period.ofWeeks(2);
    private static final Period HALF_YEAR = Period.ofMonths(6);

    private ColumnStaleness() {
    }

    /** How long the column may go without a new article, if it is monitored at all. */
    public static Optional<Period> threshold(Category column) {
        return switch (column) {
            case NEWS -> Optional.of(FORTNIGHT);
            case NOTICES, LAWS, POLICIES -> Optional.of(HALF_YEAR);
            default -> Optional.empty();
        };
    }

    public static List<Category> monitored() {
        return Arrays.stream(Category.values()).filter(c -> threshold(c).isPresent()).toList();
    }

    /** The columns that must be updated every two weeks. */
    public static List<Category> fortnightly() {
        return monitored().stream().filter(c -> threshold(c).orElseThrow().equals(FORTNIGHT)).toList();
    }

    /** The earliest moment a column's last article may be from at the monitoring point {@code at} (Beijing calendar). */
    public static Instant updatedSince(Category column, Instant at) {
        return at.atZone(TimeConfiguration.CHINA).minus(threshold(column).orElseThrow()).toInstant();
    }

    /** Whether a monitored column whose last article went up at {@code lastPublished} is stale at {@code at}. */
    public static boolean stale(Category column, Instant lastPublished, Instant at) {
        return threshold(column).isPresent() && lastPublished.isBefore(updatedSince(column, at));
    }

    /** How the rule reads in a deduction's reason. */
    public static String describe(Category column) {
        return threshold(column).map(p -> p.equals(FORTNIGHT) ? "应每两周更新" : "应每六个月更新").orElse("");
    }
}
