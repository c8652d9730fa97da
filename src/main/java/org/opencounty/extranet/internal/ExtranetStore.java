package org.opencounty.extranet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.opencounty.extranet.ExtranetChange;
import org.opencounty.extranet.ExtranetConnection;
import org.opencounty.extranet.ExtranetStatus;
import org.opencounty.units.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registry's rows (V21_2): every unit of a site with its connection, or none yet. */
@Repository
public class ExtranetStore {

    /** A change's fields as checked, ready to store. */
    public record Fields(ExtranetStatus status, String carrier, String switchModel, boolean switchManaged, String addressRange,
                         LocalDate connectedOn, String contactName, String contactPhone) {
    }

    private static final String SELECT = """
            select u.id as unit_id, u.code, u.name, u.kind, c.status, c.carrier, c.switch_model, c.switch_managed, c.address_range,
                   c.connected_on, c.contact_name, c.contact_phone, c.updated_by, c.updated_at,
                   exists (select 1 from extranet_change p where p.unit_id = u.id and p.state = 'PENDING') as pending
            from unit u left join extranet_connection c on c.unit_id = u.id
            """;

    private final JdbcClient jdbc;

    ExtranetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ExtranetConnection> all(long siteId) {
        return jdbc.sql(SELECT + " where u.site_id = :site order by u.sort_order, u.id").param("site", siteId)
                .query(ExtranetStore::connection).list();
    }

    public Optional<ExtranetConnection> of(long unitId) {
        return jdbc.sql(SELECT + " where u.id = :unit").param("unit", unitId).query(ExtranetStore::connection).optional();
    }

    /** The unit's current change waiting for the center, if any. */
    public Optional<ExtranetChange> pending(long unitId) {
        return jdbc.sql("select * from extranet_change where unit_id = :unit and state = 'PENDING'").param("unit", unitId)
                .query(ExtranetStore::change).optional();
    }

    public List<ExtranetChange> history(long unitId) {
        return jdbc.sql("select * from extranet_change where unit_id = :unit order by id").param("unit", unitId)
                .query(ExtranetStore::change).list();
    }

    /** A proposal of the unit: the one it replaces is SUPERSEDED. */
    public long propose(long siteId, long unitId, Fields fields, String by, Instant now) {
        jdbc.sql("update extranet_change set state = 'SUPERSEDED', decided_at = :now where unit_id = :unit and state = 'PENDING'")
                .param("now", ts(now)).param("unit", unitId).update();
        return insert(siteId, unitId, fields, "PENDING", by, now, null);
    }

    /** The center's own change, in force at once: a waiting proposal is SUPERSEDED. */
    public void set(long siteId, long unitId, Fields fields, String by, Instant now) {
        jdbc.sql("update extranet_change set state = 'SUPERSEDED', decided_by = :by, decided_at = :now where unit_id = :unit and state = 'PENDING'")
                .param("by", by).param("now", ts(now)).param("unit", unitId).update();
        insert(siteId, unitId, fields, "SET", by, now, by);
        apply(siteId, unitId, fields, by, now);
    }

    /** Puts the pending change in force; false when there was none (or another confirmation came first). */
    public boolean confirm(long changeId, String by, Instant now) {
        return jdbc.sql("update extranet_change set state = 'CONFIRMED', decided_by = :by, decided_at = :now where id = :id and state = 'PENDING'")
                .param("by", by).param("now", ts(now)).param("id", changeId).update() == 1;
    }

    public void apply(long siteId, long unitId, Fields f, String by, Instant now) {
        jdbc.sql("""
                insert into extranet_connection (unit_id, site_id, status, carrier, switch_model, switch_managed, address_range,
                    connected_on, contact_name, contact_phone, updated_by, updated_at)
                values (:unit, :site, :status, :carrier, :model, :managed, :range, :connected, :name, :phone, :by, :now)
                on conflict (unit_id) do update set status = :status, carrier = :carrier, switch_model = :model,
                    switch_managed = :managed, address_range = :range, connected_on = :connected, contact_name = :name,
                    contact_phone = :phone, updated_by = :by, updated_at = :now, version = extranet_connection.version + 1""")
                .param("unit", unitId).param("site", siteId).param("status", f.status().name()).param("carrier", f.carrier())
                .param("model", f.switchModel()).param("managed", f.switchManaged()).param("range", f.addressRange())
                .param("connected", f.connectedOn()).param("name", f.contactName()).param("phone", f.contactPhone())
                .param("by", by).param("now", ts(now)).update();
    }

    public Optional<LocalDate> connectedSince(long unitId) {
        return jdbc.sql("select connected_on from extranet_connection where unit_id = :unit and status in ('CONNECTED', 'ACCEPTED')")
                .param("unit", unitId).query((rs, n) -> date(rs, "connected_on")).optional().filter(java.util.Objects::nonNull);
    }

    private long insert(long siteId, long unitId, Fields f, String state, String by, Instant now, String decidedBy) {
        return jdbc.sql("""
                insert into extranet_change (unit_id, site_id, status, carrier, switch_model, switch_managed, address_range,
                    connected_on, contact_name, contact_phone, state, proposed_by, proposed_at, decided_by, decided_at)
                values (:unit, :site, :status, :carrier, :model, :managed, :range, :connected, :name, :phone, :state, :by, :now,
                    :decidedBy, :decidedAt) returning id""")
                .param("unit", unitId).param("site", siteId).param("status", f.status().name()).param("carrier", f.carrier())
                .param("model", f.switchModel()).param("managed", f.switchManaged()).param("range", f.addressRange())
                .param("connected", f.connectedOn()).param("name", f.contactName()).param("phone", f.contactPhone())
                .param("state", state).param("by", by).param("now", ts(now)).param("decidedBy", decidedBy)
                .param("decidedAt", decidedBy == null ? null : ts(now)).query(Long.class).single();
    }

    private static ExtranetConnection connection(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        return new ExtranetConnection(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), status == null ? ExtranetStatus.NOT_APPLIED : ExtranetStatus.valueOf(status),
                text(rs, "carrier"), text(rs, "switch_model"), rs.getBoolean("switch_managed"), text(rs, "address_range"),
                date(rs, "connected_on"), text(rs, "contact_name"), text(rs, "contact_phone"), rs.getString("updated_by"),
                instant(rs, "updated_at"), rs.getBoolean("pending"));
    }

    private static ExtranetChange change(ResultSet rs, int row) throws SQLException {
        return new ExtranetChange(rs.getLong("id"), rs.getLong("unit_id"), ExtranetStatus.valueOf(rs.getString("status")),
                rs.getString("carrier"), rs.getString("switch_model"), rs.getBoolean("switch_managed"), rs.getString("address_range"),
                date(rs, "connected_on"), rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("state"),
                rs.getString("proposed_by"), instant(rs, "proposed_at"), rs.getString("decided_by"), instant(rs, "decided_at"));
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
