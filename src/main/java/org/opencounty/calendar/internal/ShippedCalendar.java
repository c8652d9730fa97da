package org.opencounty.calendar.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.opencounty.calendar.Region;
import org.opencounty.common.InvalidInputException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The arrangements that come with the platform: {@code calendar/cn/YYYY.json} (national, from holiday-cn)
 * and {@code calendar/xj/YYYY.json} (what is known of Xinjiang's regional holidays), read once.
 */
@Component
public class ShippedCalendar {

    private final Map<Region, Map<Integer, HolidayFile>> files = new EnumMap<>(Region.class);

    public ShippedCalendar() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (Region region : Region.values()) {
            Map<Integer, HolidayFile> byYear = new TreeMap<>();
            String folder = "calendar/" + region.name().toLowerCase(Locale.ROOT) + "/";
            try {
                for (Resource resource : resolver.getResources("classpath*:" + folder + "*.json")) {
                    HolidayFile file = read(resource);
                    if (!(file.year() + ".json").equals(resource.getFilename())) {
                        throw new IllegalStateException(folder + resource.getFilename() + " holds the year " + file.year());
                    }
                    byYear.put(file.year(), file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.put(region, Collections.unmodifiableMap(byYear));
        }
    }

    /** The shipped files of a region by year, in year order. */
    public Map<Integer, HolidayFile> files(Region region) {
        return files.get(region);
    }

    /** The shipped entry for a date, so that an administrator's correction can be undone. */
    public Optional<HolidayFile.Day> day(Region region, LocalDate date) {
        return files(region).values().stream().flatMap(file -> file.days().stream())
                .filter(day -> day.date().equals(date)).findFirst();
    }

    /** A year as the shipped data alone describes it, as if freshly loaded into an empty database. */
    public YearDays yearDays(int year) {
        Set<Region> loaded = EnumSet.noneOf(Region.class);
        Map<Region, Map<LocalDate, YearDays.Entry>> days = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            if (files(region).containsKey(year) && files(region).get(year).complete()) {
                loaded.add(region);
            }
            Map<LocalDate, YearDays.Entry> entries = new HashMap<>();
            files(region).values().stream().flatMap(file -> file.days().stream())
                    .filter(day -> day.date().getYear() == year)
                    .forEach(day -> entries.putIfAbsent(day.date(), new YearDays.Entry(day.offDay(), day.name())));
            days.put(region, entries);
        }
        return new YearDays(year, loaded, days);
    }

    private static HolidayFile read(Resource resource) throws IOException {
        try {
            return HolidayFile.parse(resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("Shipped calendar file " + resource.getFilename() + " is invalid: " + e.getMessage(), e);
        }
    }
}
