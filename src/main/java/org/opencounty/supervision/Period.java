package org.opencounty.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencounty.common.InvalidInputException;

/** The days a statistic covers, both included. Grades are meant for a quarter (季度), which is the default. */
public record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 731;

    /** The calendar quarter containing {@code day}. */
    public static Period quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new Period(first, first.plusMonths(3).minusDays(1));
    }

    /** Reads {@code from}/{@code to} as typed (YYYY-MM-DD); either left blank defaults to the quarter of {@code today}. */
    public static Period parse(String from, String to, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Period quarter = quarterOf(today);
        LocalDate start = date("from", from, quarter.from(), errors);
        LocalDate end = date("to", to, quarter.to(), errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.put("to", "结束日期不能早于开始日期");
        } else if (errors.isEmpty() && ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            errors.put("to", "统计期间不能超过两年");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Period(start, end);
    }

    private static LocalDate date(String field, String text, LocalDate fallback, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2099) {
                errors.put(field, "日期须在2000年至2099年之间");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, "日期应为YYYY-MM-DD格式的有效日期");
            return null;
        }
    }
}
