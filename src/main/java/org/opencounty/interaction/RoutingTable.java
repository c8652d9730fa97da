package org.opencounty.interaction;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The center's routing table: the unit each category of message goes to when the writer chose none. Each change is a
 * new version of the category's route, audited; earlier versions stay.
 */
@Service
public class RoutingTable {

    /** A category's live route. */
    public record Route(MessageCategory category, long unitId, String unitCode, String unitName, int version, String changedBy) {
    }

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditLog audit;

    RoutingTable(JdbcClient jdbc, Units units, AuditLog audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
    }

    public Map<MessageCategory, Route> routes(long siteId) {
        Map<MessageCategory, Route> routes = new EnumMap<>(MessageCategory.class);
        jdbc.sql("""
                select distinct on (category) category, unit_id, version, changed_by from interaction_route
                where site_id = :site order by category, version desc""")
                .param("site", siteId)
                .query(rs -> {
                    MessageCategory category = MessageCategory.valueOf(rs.getString("category"));
                    long unitId = rs.getLong("unit_id");
                    Optional<Unit> unit = units.byId(unitId);
                    routes.put(category, new Route(category, unitId, unit.map(Unit::code).orElse(""), unit.map(Unit::name).orElse(""),
                            rs.getInt("version"), rs.getString("changed_by")));
                });
        return routes;
    }

    Optional<Long> unitFor(long siteId, MessageCategory category) {
        return Optional.ofNullable(routes(siteId).get(category)).map(Route::unitId);
    }

    /** Sends {@code category} to the unit {@code unitCode} from now on; the center's administrators and editors. */
    @Transactional
    public Route set(Actor actor, long siteId, MessageCategory category, String unitCode) {
        if (actor == null || actor.siteId() != siteId || !(actor.has(Role.CENTER_ADMIN) || actor.has(Role.CENTER_EDITOR))) {
            throw new NotAllowedException("只有中心可以维护留言分办规则");
        }
        Unit unit = units.find(siteId, unitCode == null ? "" : unitCode.strip())
                .orElseThrow(() -> InvalidInputException.field("unit", "单位不存在：" + unitCode));
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from interaction_route where site_id = :site and category = :category")
                .param("site", siteId).param("category", category.name()).query(Integer.class).single();
        jdbc.sql("""
                insert into interaction_route (site_id, category, unit_id, version, changed_by)
                values (:site, :category, :unit, :version, :by)""")
                .param("site", siteId).param("category", category.name()).param("unit", unit.id()).param("version", version)
                .param("by", actor.username()).update();
        audit.record(actor, "interaction.route", "route:" + category.name(), AuditResult.SUCCESS, "第" + version + "版：" + category.label() + " → " + unit.name());
        return new Route(category, unit.id(), unit.code(), unit.name(), version, actor.username());
    }

    /** The demo's first routes, written by the platform. */
    @Transactional
    public void seed(long siteId, MessageCategory category, long unitId) {
        jdbc.sql("""
                insert into interaction_route (site_id, category, unit_id, version, changed_by)
                values (:site, :category, :unit, 1, 'system') on conflict do nothing""")
                .param("site", siteId).param("category", category.name()).param("unit", unitId).update();
    }
}
