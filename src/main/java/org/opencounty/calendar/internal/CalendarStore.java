package org.opencounty.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencounty.calendar.CalendarDay;
import org.opencounty.calendar.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The special days ({@code calendar_day}) and the years loaded as a whole ({@code calendar_year}). */
@Repository
public class CalendarStore {

    private static final String COLUMNS = "region, day, is_off_day, name, source, updated_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Everything counting needs of one calendar year, in two queries. */
    public YearDays load(int year) {
        Map<Region, Map<LocalDate, YearDays.Entry>> days = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            days.put(region, new HashMap<>());
        }
        jdbc.sql("select region, day, is_off_day, name from calendar_day where day between :first and :last")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> {
                    days.get(Region.valueOf(rs.getString("region")))
                            .put(rs.getObject("day", LocalDate.class), new YearDays.Entry(rs.getBoolean("is_off_day"), rs.getString("name")));
                    return null;
                }).list();
        Set<Region> loaded = EnumSet.noneOf(Region.class);
        jdbc.sql("select region from calendar_year where year = :year and complete").param("year", year)
                .query(String.class).list().forEach(region -> loaded.add(Region.valueOf(region)));
        return new YearDays(year, loaded, days);
    }

    /** The days listed for the given regions in a year, by date. */
    public List<CalendarDay> days(List<Region> regions, int year) {
        return jdbc.sql("select " + COLUMNS + " from calendar_day where region in (:regions) and day between :first and :last order by day, region")
                .param("regions", regions.stream().map(Region::name).toList())
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(CalendarStore::day).list();
    }

    public Optional<CalendarDay> day(Region region, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from calendar_day where region = :region and day = :day")
                .param("region", region.name()).param("day", date).query(CalendarStore::day).optional();
    }

    /** Whether the year's arrangement is known as a whole (a partly known regional year is not). */
    public boolean yearLoaded(Region region, int year) {
        return jdbc.sql("select count(*) from calendar_year where region = :region and year = :year and complete")
                .param("region", region.name()).param("year", year).query(Long.class).single() > 0;
    }

    /** Sets a day, replacing what was there. */
    public void put(Region region, LocalDate date, boolean offDay, String name, String source) {
        jdbc.sql("""
                        insert into calendar_day (region, day, is_off_day, name, source, updated_at)
                        values (:region, :day, :off, :name, :source, :at)
                        on conflict (region, day) do update
                        set is_off_day = excluded.is_off_day, name = excluded.name, source = excluded.source, updated_at = excluded.updated_at""")
                .param("region", region.name()).param("day", date).param("off", offDay).param("name", name)
                .param("source", source).param("at", now()).update();
    }

    /** Adds a day unless the date is listed already (e.g. by an administrator); true when added. */
    public boolean putIfAbsent(Region region, LocalDate date, boolean offDay, String name, String source) {
        return jdbc.sql("""
                        insert into calendar_day (region, day, is_off_day, name, source, updated_at)
                        values (:region, :day, :off, :name, :source, :at)
                        on conflict (region, day) do nothing""")
                .param("region", region.name()).param("day", date).param("off", offDay).param("name", name)
                .param("source", source).param("at", now()).update() > 0;
    }

    public void delete(Region region, LocalDate date) {
        jdbc.sql("delete from calendar_day where region = :region and day = :day")
                .param("region", region.name()).param("day", date).update();
    }

    /**
     * Records that a year was loaded as a whole; false when it was already, so that two instances
     * starting together load a year once.
     */
    public boolean markYearLoaded(Region region, int year, String source, boolean complete) {
        return jdbc.sql("""
                        insert into calendar_year (region, year, source, loaded_at, complete) values (:region, :year, :source, :at, :complete)
                        on conflict (region, year) do nothing""")
                .param("region", region.name()).param("year", year).param("source", source).param("at", now())
                .param("complete", complete).update() > 0;
    }

    /** Records that an administrator loaded a year as a whole, completing a year shipped in part. */
    public void markYearComplete(Region region, int year, String source) {
        jdbc.sql("""
                        insert into calendar_year (region, year, source, loaded_at, complete) values (:region, :year, :source, :at, true)
                        on conflict (region, year) do update set source = excluded.source, loaded_at = excluded.loaded_at, complete = true""")
                .param("region", region.name()).param("year", year).param("source", source).param("at", now()).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static CalendarDay day(ResultSet rs, int n) throws SQLException {
        return new CalendarDay(Region.valueOf(rs.getString("region")), rs.getObject("day", LocalDate.class),
                rs.getBoolean("is_off_day"), rs.getString("name"), rs.getString("source"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
