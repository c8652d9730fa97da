package org.opencounty.grassroots;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a village has disclosed a category as often as the law asks (村民委员会组织法 art. 30, STANDARDS §13.1), as a
 * pure rule: ordinary items at least once a quarter, finance every month where the village is marked 财务往来较多 (else
 * quarterly), major matters at once. A period is due when it has ended and is late once its grace days after its end
 * have passed with nothing published for it (the rule looks at the last ended period and, while that one is within its
 * grace days, the one before); a month's disclosure (or a matter disclosed at once) counts for its quarter, not the other way round.
 *
 * @param graceDays    days after a period's end within which its disclosure is on time (by the 10th: 10)
 * @param atOnceDays   days after a major matter within which it is on time
 */
public record Timeliness(int graceDays, int atOnceDays) {

    public enum Status {
        UP_TO_DATE("按时公开"), DUE("待公开"), LATE("逾期未公开"), NOT_REQUIRED("按需公开");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the rule answers for one category: where it stands, for which period, and by when. */
    public record Verdict(VillageCategory category, DisclosurePeriod.Kind required, Status status, DisclosurePeriod period,
                          LocalDate dueBy) {

        public boolean late() {
            return status == Status.LATE;
        }
    }

    /** How often the category is required of the village. */
    public static DisclosurePeriod.Kind required(VillageCategory category, boolean busyFinance) {
        if (!category.periodic()) {
            return DisclosurePeriod.Kind.EVENT;
        }
        return category == VillageCategory.FINANCE && busyFinance ? DisclosurePeriod.Kind.MONTH : DisclosurePeriod.Kind.QUARTER;
    }

    /**
     * The verdict for one category at {@code today}, given the periods of what was published for it and the day from
     * which the village is held to the rule ({@code since}: periods ending before it are not asked for).
     */
    public Verdict of(VillageCategory category, boolean busyFinance, Collection<DisclosurePeriod> published, LocalDate since,
                      LocalDate today) {
        DisclosurePeriod.Kind required = required(category, busyFinance);
        if (required == DisclosurePeriod.Kind.EVENT) {
            return new Verdict(category, required, Status.NOT_REQUIRED, null, null);
        }
        DisclosurePeriod last = periodOf(required, today).previous();
        if (last.end().isBefore(since)) {
            return new Verdict(category, required, Status.UP_TO_DATE, null, null);
        }
        if (covered(last, published)) {
            return new Verdict(category, required, Status.UP_TO_DATE, last, null);
        }
        LocalDate dueBy = last.end().plusDays(graceDays);
        if (today.isAfter(dueBy)) {
            return new Verdict(category, required, Status.LATE, last, dueBy);
        }
        // Still within the grace days of the last period: the one before it decides whether the village is late.
        DisclosurePeriod before = last.previous();
        if (!before.end().isBefore(since) && !covered(before, published)) {
            return new Verdict(category, required, Status.LATE, before, before.end().plusDays(graceDays));
        }
        return new Verdict(category, required, Status.DUE, last, dueBy);
    }

    private static boolean covered(DisclosurePeriod period, Collection<DisclosurePeriod> published) {
        return published.stream().anyMatch(d -> d.within(period));
    }

    /** A major matter (即时公开): late when published, or still not published, more than {@code atOnceDays} after it happened. */
    public Status ofMajorMatter(LocalDate happened, LocalDate publishedOn, LocalDate today) {
        LocalDate dueBy = happened.plusDays(atOnceDays);
        if (publishedOn != null) {
            return publishedOn.isAfter(dueBy) ? Status.LATE : Status.UP_TO_DATE;
        }
        return today.isAfter(dueBy) ? Status.LATE : Status.DUE;
    }

    /** The verdicts of every category, late ones first. */
    public static List<Verdict> lateFirst(List<Verdict> verdicts) {
        return verdicts.stream().sorted(Comparator.comparing((Verdict v) -> !v.late())).toList();
    }

    private static DisclosurePeriod periodOf(DisclosurePeriod.Kind kind, LocalDate day) {
        return kind == DisclosurePeriod.Kind.MONTH ? DisclosurePeriod.month(YearMonth.from(day)) : DisclosurePeriod.quarterOf(day);
    }
}
