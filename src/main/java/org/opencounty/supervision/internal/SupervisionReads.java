package org.opencounty.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opencounty.supervision.Signal;
import org.opencounty.supervision.SignalType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board's, and the statistics' queries. Like the sweep they read other modules only through the views they
 * publish (V15_2: {@code application_case}, {@code application_open_case}, {@code unit_directory}). A null
 * {@code unitId} means the whole site.
 */
@Repository
public class SupervisionReads {

    public record CaseRow(long applicationId, String unitCode, String unitName, String itemName, String state, String handler,
                          String region, LocalDate dueOn, boolean suspended, boolean provisional, List<SignalType> signals) {
    }

    public record StateCount(String unitCode, String unitName, String state, long count) {
    }

    public record UnitRow(long id, String code, String name) {
    }

    /**
     * What the statistics count by. The fragments are constants put into the SQL, never text from a request. By item,
     * the cases are grouped by their item alone and the unit is any of theirs: an application takes its unit from
     * its item, and an item never changes unit. Grouping by both columns would give the same groups, but the planner,
     * taking the two for independent, then expects a group per few cases and sorts them all instead of hashing.
     * The item grouping finds each signal's item through its case.
     */
    public enum Grouping {
        UNIT,
        /** By the case's service item, named as the cases were filed (the name the board and the signals show). */
        ITEM;

        /** The unit of a group, from the table aliased {@code alias}. */
        private String unit(String alias) {
            return this == ITEM ? "min(" + alias + ".unit_id)" : alias + ".unit_id";
        }

        private String item() {
            return this == ITEM ? "a.service_item_id" : "0::bigint";
        }

        private String key(String alias) {
            return this == ITEM ? "a.service_item_id" : alias + ".unit_id";
        }

        private String itemName() {
            return this == ITEM ? "max(a.item_name)" : "null::text";
        }

        private String signalJoin() {
            return this == ITEM ? "join application_case a on a.id = s.application_id" : "";
        }
    }

    /** A row's key: the unit, and the service item for {@link Grouping#ITEM} (0 for {@link Grouping#UNIT}). */
    public record Group(long unitId, long itemId) {
    }

    public record Volumes(Group group, String itemName, long received, long accepted, long completed, long completedWithDue,
                          long completedOnTime) {
    }

    public record Decided(Group group, String itemName, String region, LocalDate acceptedOn, LocalDate decidedOn, long count) {
    }

    public record SignalCount(Group group, String itemName, SignalType type, long count) {
    }

    /** An item the statistics count, under its unit. */
    public record ItemRow(Group group, String unitCode, String unitName) {
    }

    public record SignalUnit(long id, long siteId, long unitId, String acknowledgedBy) {
    }

    private final JdbcClient jdbc;

    SupervisionReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- signals

    public long countSignals(long siteId, Long unitId, SignalType type) {
        return jdbc.sql("select count(*) from supervision_signal s where s.site_id = :site %s %s"
                        .formatted(unitId == null ? "" : "and s.unit_id = :unit", type == null ? "" : "and s.type = :type"))
                .param("site", siteId).param("unit", unitId).param("type", type == null ? null : type.name())
                .query(Long.class).single();
    }

    public List<Signal> signals(long siteId, Long unitId, SignalType type, int limit, long offset) {
        return jdbc.sql("""
                        select s.id, s.application_id, u.code, u.name, a.item_name, s.type, s.issued_on, s.issued_at, s.detail,
                               s.handler, s.acknowledged_by, s.acknowledged_at
                        from supervision_signal s
                        join unit_directory u on u.id = s.unit_id
                        join application_case a on a.id = s.application_id
                        where s.site_id = :site %s %s
                        order by s.id desc
                        limit :limit offset :offset
                        """.formatted(unitId == null ? "" : "and s.unit_id = :unit", type == null ? "" : "and s.type = :type"))
                .param("site", siteId).param("unit", unitId).param("type", type == null ? null : type.name())
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Signal(rs.getLong("id"), rs.getLong("application_id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("item_name"), SignalType.valueOf(rs.getString("type")), rs.getObject("issued_on", LocalDate.class),
                        instant(rs, "issued_at"), rs.getString("detail"), rs.getString("handler"), rs.getString("acknowledged_by"),
                        instant(rs, "acknowledged_at")))
                .list();
    }

    public Optional<SignalUnit> signal(long id) {
        return jdbc.sql("select id, site_id, unit_id, acknowledged_by from supervision_signal where id = :id for update")
                .param("id", id)
                .query((rs, n) -> new SignalUnit(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("unit_id"), rs.getString("acknowledged_by")))
                .optional();
    }

    public void acknowledge(long id, String by, Instant at) {
        jdbc.sql("update supervision_signal set acknowledged_by = :by, acknowledged_at = :at where id = :id")
                .param("id", id).param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    // --- board

    public List<StateCount> openByUnitAndState(long siteId, Long unitId) {
        // Counted from the (unit_id, state) index alone, in its order, before the few hundred units are joined:
        // joining first would probe the unit table once per open case.
        return jdbc.sql("""
                        select u.code, u.name, c.state, c.n
                        from (select unit_id, state, count(*) as n from application_open_case
                              %s
                              group by unit_id, state) c
                        join unit_directory u on u.id = c.unit_id
                        where u.site_id = :site
                        order by u.sort_order, u.id, c.state
                        """.formatted(unitId == null ? "" : "where unit_id = :unit"))
                .param("site", siteId).param("unit", unitId)
                .query((rs, n) -> new StateCount(rs.getString("code"), rs.getString("name"), rs.getString("state"), rs.getLong("n")))
                .list();
    }

    /**
     * One page of open cases by the due date that governs each (applications' view; its expression is the one the
     * board's indexes (V6) answer in order).
     */
    public List<CaseRow> openCases(long siteId, Long unitId, boolean descending, int limit, long offset) {
        String direction = descending ? "desc" : "asc";
        return jdbc.sql("""
                        select a.id, u.code, u.name, a.item_name, a.state, a.handler, a.region, a.due_on, a.clock_suspended, a.provisional,
                               (select string_agg(s.type, ',' order by s.id) from supervision_signal s where s.application_id = a.id) as signals
                        from (select id, unit_id, item_name, state, handler, region, clock_suspended, provisional, governing_due as due_on
                              from application_open_case
                              where %1$s
                              order by governing_due %2$s, id %2$s
                              limit :limit offset :offset) a
                        join unit_directory u on u.id = a.unit_id
                        order by a.due_on %2$s, a.id %2$s
                        """.formatted(unitId == null ? "site_id = :site" : "unit_id = :unit", direction))
                .param("site", siteId).param("unit", unitId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new CaseRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("item_name"),
                        rs.getString("state"), rs.getString("handler"), rs.getString("region"), rs.getObject("due_on", LocalDate.class),
                        rs.getBoolean("clock_suspended"), rs.getBoolean("provisional"), types(rs.getString("signals"))))
                .list();
    }

    // --- statistics

    public List<UnitRow> units(long siteId) {
        return jdbc.sql("select id, code, name from unit_directory where site_id = :site order by sort_order, id")
                .param("site", siteId)
                .query((rs, n) -> new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"))).list();
    }

    public List<Volumes> volumes(long siteId, Long unitId, LocalDate from, LocalDate to, Grouping grouping, List<Long> items) {
        return jdbc.sql("""
                        select %s as unit_id, %s as item_id, %s as item_name,
                               count(*) filter (where a.submitted_on between :from and :to) as received,
                               count(*) filter (where a.accepted_on between :from and :to) as accepted,
                               count(*) filter (where a.completed_on between :from and :to) as completed,
                               count(*) filter (where a.completed_on between :from and :to and a.promised_due is not null) as with_due,
                               count(*) filter (where a.completed_on between :from and :to and a.completed_on <= a.promised_due) as on_time
                        from application_case a
                        where a.site_id = :site %s %s
                          and (a.submitted_on between :from and :to or a.accepted_on between :from and :to
                               or a.completed_on between :from and :to)
                        group by %s
                        """.formatted(grouping.unit("a"), grouping.item(), grouping.itemName(), unitId == null ? "" : "and a.unit_id = :unit",
                        ofItems(items), grouping.key("a")))
                .param("site", siteId).param("unit", unitId).param("from", from).param("to", to).param("items", items(items))
                .query((rs, n) -> new Volumes(group(rs), rs.getString("item_name"), rs.getLong("received"), rs.getLong("accepted"),
                        rs.getLong("completed"), rs.getLong("with_due"), rs.getLong("on_time")))
                .list();
    }

    /** Cases decided in the period, grouped by the two days, so that the caller counts each pair's working days once. */
    public List<Decided> decided(long siteId, Long unitId, LocalDate from, LocalDate to, Grouping grouping, List<Long> items) {
        return jdbc.sql("""
                        select %s as unit_id, %s as item_id, %s as item_name, a.region, a.accepted_on, a.decided_on, count(*) as n
                        from application_case a
                        where a.site_id = :site %s %s
                          and a.decided_on between :from and :to and a.accepted_on is not null and a.accepted_on <= a.decided_on
                        group by %s, a.region, a.accepted_on, a.decided_on
                        """.formatted(grouping.unit("a"), grouping.item(), grouping.itemName(), unitId == null ? "" : "and a.unit_id = :unit",
                        ofItems(items), grouping.key("a")))
                .param("site", siteId).param("unit", unitId).param("from", from).param("to", to).param("items", items(items))
                .query((rs, n) -> new Decided(group(rs), rs.getString("item_name"), rs.getString("region"),
                        rs.getObject("accepted_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class), rs.getLong("n")))
                .list();
    }

    public List<SignalCount> signalCounts(long siteId, Long unitId, LocalDate from, LocalDate to, Grouping grouping, List<Long> items) {
        return jdbc.sql("""
                        select %s as unit_id, %s as item_id, %s as item_name, s.type, count(*) as n
                        from supervision_signal s %s
                        where s.site_id = :site %s %s and s.issued_on between :from and :to
                        group by %s, s.type
                        """.formatted(grouping.unit("s"), grouping.item(), grouping.itemName(), grouping.signalJoin(),
                        unitId == null ? "" : "and s.unit_id = :unit", ofItems(items), grouping.key("s")))
                .param("site", siteId).param("unit", unitId).param("from", from).param("to", to).param("items", items(items))
                .query((rs, n) -> new SignalCount(group(rs), rs.getString("item_name"), SignalType.valueOf(rs.getString("type")),
                        rs.getLong("n")))
                .list();
    }

    /**
     * The service items with a case or a signal in the period, as the statistics by item count them (the same
     * conditions as {@link #volumes}, {@link #decided} and {@link #signalCounts}), each with the unit it is counted
     * under: the most cases received first, then the most completed, then in the order of the units, by name (in code
     * point order) and id. {@code limit} null reads them all.
     */
    public List<ItemRow> items(long siteId, Long unitId, LocalDate from, LocalDate to, Integer limit, long offset) {
        return jdbc.sql("""
                        select i.unit_id, u.code, u.name, i.item_id
                        from (%s) i
                        join unit_directory u on u.id = i.unit_id
                        order by i.received desc, i.completed desc, u.sort_order, u.id, i.item_name collate "C" nulls last, i.item_id
                        %s
                        """.formatted(itemsInPeriod(unitId), limit == null ? "" : "limit :limit offset :offset"))
                .param("site", siteId).param("unit", unitId).param("from", from).param("to", to)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ItemRow(group(rs), rs.getString("code"), rs.getString("name"))).list();
    }

    /** How many items {@link #items} finds. */
    public long countItems(long siteId, Long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from (%s) i".formatted(itemsInPeriod(unitId)))
                .param("site", siteId).param("unit", unitId).param("from", from).param("to", to)
                .query(Long.class).single();
    }

    /** Each item's unit as {@link Grouping#ITEM} names it, with the two figures the order needs. */
    private static String itemsInPeriod(Long unitId) {
        String unit = unitId == null ? "" : "and a.unit_id = :unit";
        return """
                select a.service_item_id as item_id, min(a.unit_id) as unit_id, max(a.item_name) as item_name,
                       count(*) filter (where a.submitted_on between :from and :to) as received,
                       count(*) filter (where a.completed_on between :from and :to) as completed
                from application_case a
                where a.site_id = :site %1$s
                  and (a.submitted_on between :from and :to or a.accepted_on between :from and :to
                       or a.completed_on between :from and :to
                       or (a.decided_on between :from and :to and a.accepted_on is not null and a.accepted_on <= a.decided_on)
                       or exists (select 1 from supervision_signal s where s.application_id = a.id and s.site_id = :site
                                  and s.issued_on between :from and :to %2$s))
                group by a.service_item_id""".formatted(unit, unitId == null ? "" : "and s.unit_id = :unit");
    }

    /** Only the given items' cases (null: all; never empty); the ids are parameters, the fragment a constant. */
    private static String ofItems(List<Long> items) {
        return items == null ? "" : "and a.service_item_id in (:items)";
    }

    private static List<Long> items(List<Long> items) {
        return items == null ? List.of() : items;
    }

    private static Group group(ResultSet rs) throws SQLException {
        return new Group(rs.getLong("unit_id"), rs.getLong("item_id"));
    }

    private static List<SignalType> types(String csv) {
        if (csv == null || csv.isEmpty()) {
            return List.of();
        }
        List<SignalType> types = new ArrayList<>();
        Arrays.stream(csv.split(",")).forEach(code -> SignalType.parse(code).ifPresent(types::add));
        return types;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
