package org.opencounty.calendar.internal;

import java.time.LocalDate;
import java.util.EnumSet;
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

    /**
     * @param loadedYears the regions whose arrangement for the year was loaded as a whole. The national
     *                    year is known only then: a single entered day says nothing of the others. A
     *                    regional year is known once anything is known of it, since the regional notice
     *                    adds only a few days.
     */
    public YearDays(int year, Set<Region> loadedYears, Map<Region, Map<LocalDate, Entry>> days) {
        this.year = year;
        Set<Region> known = EnumSet.noneOf(Region.class);
        Map<Region, Map<LocalDate, Entry>> copy = new HashMap<>();
        days.forEach((region, entries) -> copy.put(region, Map.copyOf(entries)));
        for (Region region : Region.values()) {
            boolean listed = !copy.getOrDefault(region, Map.of()).isEmpty();
            if (loadedYears.contains(region) || (region != Region.CN && listed)) {
                known.add(region);
            }
        }
        this.loaded = Set.copyOf(known);
        this.days = Map.copyOf(copy);
    }

    public int year() {
        return year;
    }

    public boolean nationalData() {
        return loaded.contains(Region.CN);
    }

    /** The entry that applies on a date in a region, the most specific layer first. */
    public Optional<Entry> entry(LocalDate date, Region region) {
        for (Region layer : region.layers()) {
            Entry entry = days.getOrDefault(layer, Map.of()).get(date);
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
