package org.opencounty.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.calendar.CalendarAdministration;
import org.opencounty.calendar.DueDate;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.calendar.YearCalendar;
import org.opencounty.common.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public: anyone may work out a time limit the way the offices do. Parameters are read as text, so that every mistake gets a Chinese message. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

    static final int MAX_WORKING_DAYS = 3650;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;
    private static final String REGION_MESSAGE = "地区应为CN（全国）或XJ（新疆）";

    record Day(LocalDate date, boolean offDay, String name, Region region) {
    }

    record Year(Region region, int year, boolean nationalData, boolean regionalData, List<Day> days) {
    }

    private final WorkingDays workingDays;
    private final CalendarAdministration calendar;

    CalendarApiController(WorkingDays workingDays, CalendarAdministration calendar) {
        this.workingDays = workingDays;
        this.calendar = calendar;
    }

    /** The n-th working day after {@code start} (the start day does not count), with the days passed over and why. */
    @GetMapping("/due-date")
    DueDate dueDate(@RequestParam(required = false) String start, @RequestParam(required = false) String workingDays,
                    @RequestParam(required = false) String region) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate startDate = startDate(start, errors);
        Integer days = workingDayCount(workingDays, errors);
        Region chosen = region(region, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this.workingDays.dueDate(startDate, days, chosen);
    }

    /** The year's holidays and 调休 working days in the region, and whether the year's arrangement is known. */
    @GetMapping("/days")
    Year days(@RequestParam(required = false) String year, @RequestParam(required = false) String region) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer chosenYear = integer(year);
        if (chosenYear == null || chosenYear < FIRST_YEAR || chosenYear > LAST_YEAR) {
            errors.put("year", "年份应为" + FIRST_YEAR + "至" + LAST_YEAR + "之间的整数");
        }
        Region chosen = region(region, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        YearCalendar result = calendar.year(chosen, chosenYear);
        return new Year(result.region(), result.year(), result.nationalData(), result.regionalData(),
                result.days().stream().map(day -> new Day(day.date(), day.offDay(), day.name(), day.region())).toList());
    }

    private static LocalDate startDate(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put("start", "请填写开始日期，格式为YYYY-MM-DD");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                errors.put("start", "开始日期须在" + FIRST_YEAR + "年至" + LAST_YEAR + "年之间");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put("start", "开始日期应为YYYY-MM-DD格式的有效日期");
            return null;
        }
    }

    private static Integer workingDayCount(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put("workingDays", "请填写工作日数");
            return null;
        }
        Integer days = integer(text);
        if (days == null || days < 0 || days > MAX_WORKING_DAYS) {
            errors.put("workingDays", "工作日数应为0至" + MAX_WORKING_DAYS + "之间的整数");
            return null;
        }
        return days;
    }

    private static Region region(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return Region.CN;
        }
        return Region.parse(text).orElseGet(() -> {
            errors.put("region", REGION_MESSAGE);
            return null;
        });
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
