package org.opencounty.grassroots;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencounty.common.InvalidInputException;

/**
 * The period a village disclosure covers: a month ({@code 2026-06}), a quarter ({@code 2026-Q2}) or, for a matter
 * disclosed at once, the day it happened ({@code 2026-06-18}). A period that has not begun is refused.
 */
public record DisclosurePeriod(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind {
        MONTH("月度"), QUARTER("季度"), EVENT("即时");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static DisclosurePeriod month(YearMonth month) {
        return new DisclosurePeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static DisclosurePeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new DisclosurePeriod(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static DisclosurePeriod quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static DisclosurePeriod event(LocalDate day) {
        return new DisclosurePeriod(Kind.EVENT, day, day);
    }

    /** Reads the period as the API and the forms write it; refuses a malformed one or one that has not begun. */
    public static DisclosurePeriod parse(String text, LocalDate today) {
        String value = text == null ? "" : text.strip();
        DisclosurePeriod period = null;
        try {
            Matcher m;
            if ((m = MONTH.matcher(value)).matches()) {
                period = month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } else if ((m = QUARTER.matcher(value)).matches()) {
                period = quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } else if (DAY.matcher(value).matches()) {
                period = event(LocalDate.parse(value));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            period = null;
        }
        if (period == null) {
            throw InvalidInputException.field("period", "公开期间格式应为 2026-06（月）、2026-Q2（季度）或 2026-06-18（即时公开事项的日期）");
        }
        if (period.start().isAfter(today)) {
            throw InvalidInputException.field("period", "公开期间“" + value + "”尚未开始，不能提前公开");
        }
        return period;
    }

    /** How the API and the forms write it. */
    public String code() {
        return switch (kind) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case EVENT -> start.toString();
        };
    }

    /** How people read it: 2026年6月, 2026年第二季度, 2026年6月18日. */
    public String label() {
        return switch (kind) {
            case MONTH -> start.getYear() + "年" + start.getMonthValue() + "月";
            case QUARTER -> start.getYear() + "年第" + "一二三四".charAt((start.getMonthValue() - 1) / 3) + "季度";
            case EVENT -> start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
        };
    }

    /** Whether this period lies within {@code other} (a month within its quarter, a day within its month). */
    public boolean within(DisclosurePeriod other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    /** The period of the same kind right before this one. */
    public DisclosurePeriod previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(start).minusMonths(1));
            case QUARTER -> quarterOf(start.minusMonths(3));
            case EVENT -> event(start.minusDays(1));
        };
    }

    /** The period of the same kind right after this one (months and quarters). */
    public DisclosurePeriod next() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(start).plusMonths(1));
            case QUARTER -> quarterOf(start.plusMonths(3));
            case EVENT -> event(start.plusDays(1));
        };
    }
}
