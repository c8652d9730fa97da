package org.opencounty.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.opencounty.supervision.Notice;
import org.opencounty.supervision.SignalType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person's notices, read off the signals (V7): nothing is written when a signal is issued, only when somebody
 * reads. A signal is read by a person when its id is at most their "all read" mark or they marked it alone.
 */
@Repository
public class NoticeReads {

    /**
     * Whose notices: the site's signals for a supervisor ({@code unitIds} null), the unit's for its leader, and
     * only those naming them as handler for anybody else, in the units whose cases they may handle (their own and
     * those below it). The units keep the lookup on the signal table's unit index.
     */
    public record Reader(String username, long siteId, List<Long> unitIds, boolean handledOnly) {

        /** Fixed fragments only: the values travel as parameters. */
        String scope() {
            if (unitIds == null) {
                return "s.site_id = :site";
            }
            return "s.site_id = :site and s.unit_id in (:units)" + (handledOnly ? " and s.handler = :who" : "");
        }
    }

    private static final String READ_THROUGH = "coalesce((select m.read_through from supervision_notice_reader m where m.reader = :who), 0)";
    private static final String READ_ALONE = "exists (select 1 from supervision_notice_read r where r.reader = :who and r.signal_id = s.id)";
    private static final String UNREAD = "and s.id > " + READ_THROUGH + " and not " + READ_ALONE;

    private final JdbcClient jdbc;

    NoticeReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * At most {@code cap}: after a first sweep over a backlog a supervisor's unread notices run to six figures. The
     * unread are counted as the notices above the reader's "all read" mark less those above it they marked one by one
     * (a few): an index-only count, where asking every notice whether it was marked took 0.4 s at a million cases.
     */
    public long count(Reader reader, boolean unreadOnly, long cap) {
        if (!unreadOnly) {
            return scoped(reader, "select count(*) from (select 1 from supervision_signal s where %s limit :cap) n".formatted(reader.scope()))
                    .param("cap", cap).query(Long.class).single();
        }
        long through = scoped(reader, "select " + READ_THROUGH).query(Long.class).single();
        long markedAlone = scoped(reader, """
                        select count(*) from supervision_notice_read r join supervision_signal s on s.id = r.signal_id
                        where r.reader = :who and s.id > :through and %s""".formatted(reader.scope()))
                .param("through", through).query(Long.class).single();
        long above = scoped(reader, "select count(*) from (select 1 from supervision_signal s where %s and s.id > :through limit :cap) n"
                        .formatted(reader.scope()))
                .param("through", through).param("cap", cap == Long.MAX_VALUE ? cap : cap + markedAlone).query(Long.class).single();
        return Math.min(cap, above - markedAlone);
    }

    public List<Notice> page(Reader reader, boolean unreadOnly, int limit, long offset) {
        return scoped(reader, """
                        select s.id, s.application_id, u.code, u.name as unit_name, a.item_name, s.type, s.issued_on, s.detail, s.issued_at,
                               (s.id <= %s or %s) as is_read
                        from supervision_signal s
                        join unit_directory u on u.id = s.unit_id
                        join application_case a on a.id = s.application_id
                        where %s %s
                        order by s.id desc
                        limit :limit offset :offset
                        """.formatted(READ_THROUGH, READ_ALONE, reader.scope(), unreadOnly ? UNREAD : ""))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Notice(rs.getLong("id"), rs.getLong("application_id"), rs.getString("code"), rs.getString("unit_name"),
                        rs.getString("item_name"), SignalType.valueOf(rs.getString("type")), rs.getObject("issued_on", LocalDate.class),
                        rs.getString("detail"), rs.getBoolean("is_read"), rs.getTimestamp("issued_at").toInstant()))
                .list();
    }

    /** Marks one notice read; false when the signal is not among the reader's notices. */
    public boolean markRead(Reader reader, long signalId, Instant at) {
        boolean mine = scoped(reader, "select exists (select 1 from supervision_signal s where s.id = :signal and %s)".formatted(reader.scope()))
                .param("signal", signalId).query(Boolean.class).single();
        if (mine) {
            jdbc.sql("""
                            insert into supervision_notice_read (reader, signal_id, read_at) values (:who, :signal, :at)
                            on conflict do nothing""")
                    .param("who", reader.username()).param("signal", signalId).param("at", utc(at)).update();
        }
        return mine;
    }

    /** The id of the reader's newest notice, 0 when they have none. */
    public long newest(Reader reader) {
        return scoped(reader, "select coalesce(max(s.id), 0) from supervision_signal s where " + reader.scope()).query(Long.class).single();
    }

    /**
     * Marks every notice up to signal {@code through} read. Signals are only written by sweeps, which take turns
     * under their lock, so no signal with a lower id can still be on its way once a higher one is visible.
     */
    public void markAllRead(Reader reader, long through, Instant at) {
        jdbc.sql("""
                        insert into supervision_notice_reader (reader, read_through, marked_at) values (:who, :through, :at)
                        on conflict (reader) do update
                            set read_through = greatest(supervision_notice_reader.read_through, excluded.read_through),
                                marked_at = excluded.marked_at""")
                .param("who", reader.username()).param("through", through).param("at", utc(at)).update();
        // The single marks below the new line say nothing any more.
        jdbc.sql("delete from supervision_notice_read where reader = :who and signal_id <= :through")
                .param("who", reader.username()).param("through", through).update();
    }

    private JdbcClient.StatementSpec scoped(Reader reader, String sql) {
        return jdbc.sql(sql).param("who", reader.username()).param("site", reader.siteId())
                .param("units", reader.unitIds() == null ? List.of(0L) : reader.unitIds());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
