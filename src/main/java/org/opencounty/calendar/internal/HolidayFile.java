package org.opencounty.calendar.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencounty.common.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One year's arrangement in the holiday-cn format ({@code {"year", "papers", "days":[{"name","date","isOffDay"}]}}),
 * the format of the shipped files and of what an administrator loads. A file may say {@code "complete": false}
 * (only Xinjiang's shipped years where one of the regional holidays could not be found): its days are
 * listed, but the year stays without regional data, so that due dates in it stay provisional. A year's notice may move days at
 * the end of the year before (2019's moved 2018-12-29..31), so the neighbouring December and January are allowed.
 */
public record HolidayFile(int year, boolean complete, List<Day> days) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    private static final int NAME_LENGTH = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Day(LocalDate date, boolean offDay, String name) {
    }

    public HolidayFile {
        days = List.copyOf(days);
    }

    /** The calendar years the file's days fall in (usually just {@link #year}). */
    public Set<Integer> years() {
        Set<Integer> years = new TreeSet<>(Set.of(year));
        days.forEach(day -> years.add(day.date().getYear()));
        return years;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawFile(Integer year, Boolean complete, List<RawDay> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawDay(String name, String date, @JsonProperty("isOffDay") Boolean isOffDay) {
    }

    /** Reads and checks a file; every problem is reported in Chinese under the field {@code json}. */
    public static HolidayFile parse(String json) {
        RawFile raw;
        try {
            raw = json == null || json.isBlank() ? null : JSON.readValue(json, RawFile.class);
        } catch (JacksonException e) {
            throw refuse("内容不是有效的JSON，请粘贴holiday-cn格式的年度文件");
        }
        if (raw == null) {
            throw refuse("请粘贴年度文件的内容");
        }
        if (raw.year() == null || raw.year() < FIRST_YEAR || raw.year() > LAST_YEAR) {
            throw refuse("年度（year）须为" + FIRST_YEAR + "至" + LAST_YEAR + "之间的年份");
        }
        if (raw.days() == null || raw.days().isEmpty()) {
            throw refuse("文件中没有任何日期（days）");
        }
        List<String> problems = new ArrayList<>();
        List<Day> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < raw.days().size(); i++) {
            RawDay rawDay = raw.days().get(i);
            String where = "第" + (i + 1) + "项";
            LocalDate date = date(rawDay == null ? null : rawDay.date());
            String name = rawDay == null || rawDay.name() == null ? "" : rawDay.name().strip();
            if (date == null) {
                problems.add(where + "的日期（date）应为YYYY-MM-DD");
            } else if (!near(date, raw.year())) {
                problems.add(where + "的日期" + date + "不在" + raw.year() + "年度内");
            } else if (!seen.add(date)) {
                problems.add(where + "的日期" + date + "重复");
            }
            if (name.isEmpty() || name.length() > NAME_LENGTH) {
                problems.add(where + "的名称（name）须填写，不超过" + NAME_LENGTH + "字");
            }
            if (rawDay == null || rawDay.isOffDay() == null) {
                problems.add(where + "须注明是否放假（isOffDay）");
            }
            if (problems.isEmpty()) {
                days.add(new Day(date, rawDay.isOffDay(), name));
            }
        }
        if (!problems.isEmpty()) {
            throw refuse(String.join("；", problems.subList(0, Math.min(problems.size(), 5))));
        }
        return new HolidayFile(raw.year(), !Boolean.FALSE.equals(raw.complete()), days);
    }

    private static boolean near(LocalDate date, int year) {
        return date.getYear() == year
                || (date.getYear() == year - 1 && date.getMonthValue() == 12)
                || (date.getYear() == year + 1 && date.getMonthValue() == 1);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static InvalidInputException refuse(String message) {
        return new InvalidInputException(message, Map.of("json", message));
    }
}
