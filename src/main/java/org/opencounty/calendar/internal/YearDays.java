package org.opencounty.calendar.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencounty.calendar.Region;

/** One year's special days of every region, as counting needs them; immutable, so that the cache can share it. */
public final class YearDays {

    /** A listed day: a holiday, or (not {@code offDay}) a weekend day worked instead. */
    public record Entry(boolean offDay, String name) {
    }

    private final int year;
    private final Set<Region> loaded;
    private final Map<Region, Map<LocalDate, Entry>> days;
    /** The days the law fixes, counted only while the year's arrangement is not loaded. */
    private final Map<LocalDate, String> statutory;

    /**
     * @param loadedYears the regions whose arrangement for the year is known as a whole. A year is known
     *                    only then, nationally and regionally: a single entered day says nothing of the
     *                    others (one of Xinjiang's two holidays known says nothing of the other).
     */
    public YearDays(int year, Set<Region> loadedYears, Map<Region, Map<LocalDate, Entry>> days) {
        this.year = year;
        Map<Region, Map<LocalDate, Entry>> copy = new HashMap<>();
        days.forEach((region, entries) -> copy.put(region, Map.copyOf(entries)));
        this.loaded = Set.copyOf(loadedYears);
        this.statutory = loaded.contains(Region.CN) ? Map.of() : StatutoryHolidays.of(year);
        this.days = Map.copyOf(copy);
    }

    public int year() {
        return year;
    }

    public boolean nationalData() {
        return loaded.contains(Region.CN);
    }

    /** Whether every layer of the region's arrangement for the year is known (for XJ: national and regional). */
    public boolean hasData(Region region) {
        return loaded.containsAll(region.layers());
    }

    /**
     * The entry that applies on a date in a region, the most specific layer first. In a year whose national
     * arrangement is not loaded, a statutory holiday (全国年节及纪念日放假办法) counts as a holiday unless
     * a listed day says otherwise; the 调休 around it stay unknown.
     */
    public Optional<Entry> entry(LocalDate date, Region region) {
        for (Region layer : region.layers()) {
            Entry entry = days.getOrDefault(layer, Map.of()).get(date);
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.ofNullable(statutory.get(date)).map(name -> new Entry(true, name));
    }
}
