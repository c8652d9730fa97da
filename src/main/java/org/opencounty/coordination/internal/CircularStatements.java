package org.opencounty.coordination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The circulars' numbering and their recipients' signatures. */
@Repository
public class CircularStatements {

    /** A unit an internal circular went to, and when it signed (null: not yet). */
    public record Recipient(long unitId, Instant signedAt, String signedBy) {
    }

    private final JdbcClient jdbc;

    CircularStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next sequence number of the site's year. The row stays locked until the issuing transaction ends, so that
     * two issues take turns, and a refused issue gives its number back: the numbers have no gaps.
     */
    public int nextSequence(long siteId, int year) {
        return jdbc.sql("""
                        insert into coord_circular_sequence (site_id, year, last) values (:site, :year, 1)
                        on conflict (site_id, year) do update set last = coord_circular_sequence.last + 1
                        returning last""")
                .param("site", siteId).param("year", year).query(Integer.class).single();
    }

    public void address(long circularId, Collection<Long> unitIds) {
        for (Long unitId : unitIds) {
            jdbc.sql("insert into coord_circular_recipient (circular_id, unit_id) values (:circular, :unit) on conflict do nothing")
                    .param("circular", circularId).param("unit", unitId).update();
        }
    }

    public List<Recipient> recipients(long circularId) {
        return recipients(List.of(circularId)).getOrDefault(circularId, List.of());
    }

    /** The recipients of several circulars (a list's page) in one statement, by circular, each in unit order. */
    public Map<Long, List<Recipient>> recipients(Collection<Long> circularIds) {
        Map<Long, List<Recipient>> recipients = new HashMap<>();
        if (circularIds.isEmpty()) {
            return recipients;
        }
        jdbc.sql("select circular_id, unit_id, signed_at, signed_by from coord_circular_recipient where circular_id in (:circulars) order by unit_id")
                .param("circulars", circularIds)
                .query(rs -> {
                    Timestamp signed = rs.getTimestamp(3);
                    recipients.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Recipient(rs.getLong(2), signed == null ? null : signed.toInstant(), rs.getString(4)));
                });
        return recipients;
    }

    /** Signs for the unit; false when it had signed already. */
    public boolean sign(long circularId, long unitId, String by, Instant at) {
        return jdbc.sql("""
                        update coord_circular_recipient set signed_at = :at, signed_by = :by
                        where circular_id = :circular and unit_id = :unit and signed_at is null""")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by)
                .param("circular", circularId).param("unit", unitId).update() == 1;
    }

    /** The issued circulars the units have not signed for yet, as (circular id, unit id) pairs. */
    public List<long[]> unsigned(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select circular_id, unit_id from coord_circular_recipient where unit_id in (:units) and signed_at is null order by circular_id desc")
                .param("units", unitIds).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Of the site's circulars, those addressed to any of {@code units} ({@code null}: every one), for a list's count and page. */
    private static final String LISTED = " from coord_circular c where c.site_id = :site and (cast(:all as boolean)"
            + " or exists (select 1 from coord_circular_recipient r where r.circular_id = c.id and r.unit_id in (:units)))";

    public long listedCount(long siteId, Collection<Long> units) {
        return jdbc.sql("select count(*)" + LISTED).param("site", siteId).param("all", units == null)
                .param("units", units == null || units.isEmpty() ? List.of(-1L) : units).query(Long.class).single();
    }

    /** A page of the circulars {@link #listedCount} counts, newest first. */
    public List<Long> listedPage(long siteId, Collection<Long> units, long offset, int limit) {
        return jdbc.sql("select c.id" + LISTED + " order by c.id desc offset :offset limit :limit").param("site", siteId)
                .param("all", units == null).param("units", units == null || units.isEmpty() ? List.of(-1L) : units)
                .param("offset", offset).param("limit", limit).query(Long.class).list();
    }
}
