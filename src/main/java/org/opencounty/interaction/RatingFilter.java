package org.opencounty.interaction;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.InvalidInputException;

/**
 * What the staff's list of ratings is narrowed to: a level (or {@code BAD}, both 差评 levels), an item scored 1 or 2
 * (the item the rater was dissatisfied with), a state of the follow-up or the appeal, a period of rating (a year
 * {@code 2026} or a month {@code 2026-07}) and a unit. Empty values mean "any"; unknown ones are refused, all at once.
 */
public record RatingFilter(String level, RatingItem item, String state, LocalDate from, LocalDate to, String period, String unit) {

    /** The states one can ask for: the rating's own, and OPEN, OVERDUE, APPEAL_PENDING across them. */
    public static final List<String> STATES = List.of("OPEN", "OVERDUE", "APPEAL_PENDING", "FOLLOW_UP_OPEN", "FOLLOWED_UP", "CLOSED", "RECORDED");

    public static final RatingFilter NONE = new RatingFilter("", null, "", null, null, "", "");

    public static RatingFilter parse(String level, String item, String state, String period, String unit) {
        Map<String, String> errors = new LinkedHashMap<>();
        String lv = blank(level);
        if (!lv.isEmpty() && !"BAD".equals(lv) && RatingHandling.parse(lv) == null) {
            errors.put("level", "没有这个评价等级");
        }
        String it = blank(item);
        RatingItem parsedItem = it.isEmpty() ? null : RatingHandling.parseItem(it);
        if (!it.isEmpty() && parsedItem == null) {
            errors.put("item", "没有这个评价项");
        }
        String st = blank(state);
        if (!st.isEmpty() && !STATES.contains(st)) {
            errors.put("state", "没有这个办理状态");
        }
        String p = blank(period);
        LocalDate from = null;
        LocalDate to = null;
        try {
            if (p.matches("\\d{4}")) {
                Year year = Year.parse(p);
                from = year.atDay(1);
                to = year.atMonth(12).atEndOfMonth();
            } else if (p.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(p);
                from = month.atDay(1);
                to = month.atEndOfMonth();
            } else if (!p.isEmpty()) {
                errors.put("period", "评价期间请写年份（如 2026）或年月（如 2026-07）");
            }
        } catch (DateTimeParseException e) {
            errors.put("period", "评价期间请写年份（如 2026）或年月（如 2026-07）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RatingFilter(lv, parsedItem, st, from, to, p, blank(unit));
    }

    /** The filter as a query string, for the pager's links. */
    public String query() {
        return "level=" + level + "&item=" + (item == null ? "" : item.name()) + "&state=" + state + "&period=" + period + "&unit=" + unit;
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
