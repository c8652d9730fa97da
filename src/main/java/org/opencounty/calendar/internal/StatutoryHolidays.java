package org.opencounty.calendar.internal;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.opencounty.common.TimeConfiguration;

/**
 * The holidays the law itself fixes (全国年节及纪念日放假办法, 2024 revision in force from 2025), known
 * before the State Council's yearly arrangement: 元旦 1 January, 春节 除夕 to 正月初三, 清明 (the solar
 * term), 劳动节 1–2 May, 端午 (五月初五), 中秋 (八月十五), 国庆节 1–3 October. Lunar dates come from
 * ICU4J's Chinese calendar and 清明 from its solar-longitude computation (ADR 0012). The 调休 that the
 * arrangement adds around them cannot be computed and stay unknown. Earlier years follow the version then
 * in force (1999, 2007, 2013 revisions), which matters only for years without data.
 */
public final class StatutoryHolidays {

    private static final Map<Integer, Map<LocalDate, String>> YEARS = new ConcurrentHashMap<>();
    /**
     * 正月初一 where ICU's approximate new moon falls on the wrong side of Beijing midnight, as published in
     * the official calendar (GB/T 33661-2017, 紫金山天文台): 2027's new moon is at 23:56 on 6 February and
     * ICU counts it on the 7th; 2030's is at 00:07 on 3 February and ICU counts it on the 2nd.
     */
    private static final Map<Integer, LocalDate> NEW_YEAR_CORRECTIONS = Map.of(
            2027, LocalDate.of(2027, 2, 6),
            2030, LocalDate.of(2030, 2, 3));
    /** The sun's ecliptic longitude at 清明, in radians (15°). */
    private static final double QINGMING_LONGITUDE = Math.toRadians(15);

    private StatutoryHolidays() {
    }

    /** The statutory holidays falling in a Gregorian year, by date, with their names. */
    public static Map<LocalDate, String> of(int year) {
        return YEARS.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元旦");
        // 春节: 除夕–初三 from 2025, 初一–初三 2014–2024 and before 2008, 除夕–初二 2008–2013.
        LocalDate newYear = NEW_YEAR_CORRECTIONS.getOrDefault(year, lunar(year, 1, 1));
        LocalDate first = year >= 2025 || (year >= 2008 && year <= 2013) ? newYear.minusDays(1) : newYear;
        LocalDate last = year >= 2008 && year <= 2013 ? newYear.plusDays(1) : newYear.plusDays(2);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, "春节");
        }
        // 劳动节: 1–3 May before 2008, 1 May 2008–2024, 1–2 May from 2025.
        int mayDays = year < 2008 ? 3 : year < 2025 ? 1 : 2;
        for (int day = 1; day <= mayDays; day++) {
            days.put(LocalDate.of(year, 5, day), "劳动节");
        }
        // 清明, 端午 and 中秋 are holidays from 2008.
        if (year >= 2008) {
            days.put(qingming(year), "清明节");
            days.put(lunar(year, 5, 5), "端午节");
            days.put(lunar(year, 8, 15), "中秋节");
        }
        for (int day = 1; day <= 3; day++) {
            days.put(LocalDate.of(year, 10, day), "国庆节");
        }
        return Map.copyOf(days);
    }

    /**
     * The Gregorian date in {@code year} of a day of a (non-leap) lunar month, found by reading the
     * Chinese calendar's fields for each day: each of these days occurs once in a Gregorian year.
     */
    static LocalDate lunar(int year, int month, int day) {
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.getTimeZone(TimeConfiguration.CHINA.getId()));
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            calendar.setTimeInMillis(date.atTime(12, 0).atZone(TimeConfiguration.CHINA).toInstant().toEpochMilli());
            if (calendar.get(ChineseCalendar.MONTH) == month - 1 && calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 0
                    && calendar.get(ChineseCalendar.DAY_OF_MONTH) == day) {
                return date;
            }
        }
        throw new IllegalStateException("No lunar " + month + "/" + day + " in " + year);
    }

    /** 清明: the day (Beijing time) on which the sun reaches 15° of ecliptic longitude. */
    static LocalDate qingming(int year) {
        long marchFirst = LocalDate.of(year, 3, 1).atStartOfDay(TimeConfiguration.CHINA).toInstant().toEpochMilli();
        long moment = new CalendarAstronomer(marchFirst).getSunTime(QINGMING_LONGITUDE, true);
        return LocalDate.ofInstant(Instant.ofEpochMilli(moment), TimeConfiguration.CHINA);
    }
}
