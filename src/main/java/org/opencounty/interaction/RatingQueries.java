package org.opencounty.interaction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads ratings: the staff's list within their scope (open follow-ups first), the public aggregates per unit and item. */
@Service
@Transactional(readOnly = true)
public class RatingQueries {

    private final RatingStore store;
    private final Units units;
    private final UnitAccess unitAccess;
    private final InteractionPermissions permissions;

    RatingQueries(RatingStore store, Units units, UnitAccess unitAccess, InteractionPermissions permissions) {
        this.store = store;
        this.units = units;
        this.unitAccess = unitAccess;
        this.permissions = permissions;
    }

    /** A rating with its unit, as the staff see it. */
    public record RatingLine(Rating rating, String unitCode, String unitName) {
    }

    public PageOf<RatingLine> list(Actor actor, long siteId, int page, int size) {
        if (actor == null || actor.siteId() != siteId || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看评价");
        }
        List<Long> scope = permissions.canSeeAll(actor, siteId) ? null : unitAccess.subtree(siteId, actor.unitId());
        List<RatingLine> items = store.list(siteId, scope, size, (long) (page - 1) * size).stream().map(this::line).toList();
        return new PageOf<>(store.count(siteId, scope), page, size, items);
    }

    /** The site's aggregate and one per rated unit; with {@code unitCode} only that unit's (unknown → 404). */
    public List<RatingSummary> summary(long siteId, String unitCode) {
        Long only = null;
        if (unitCode != null && !unitCode.isBlank()) {
            only = units.find(siteId, unitCode.strip()).map(Unit::id).orElseThrow(() -> new NotFoundException("单位不存在"));
        }
        List<RatingStore.Tally> tallies = store.tallies(siteId, only);
        Map<Long, List<RatingStore.Tally>> byUnit = new LinkedHashMap<>();
        for (RatingStore.Tally tally : tallies) {
            byUnit.computeIfAbsent(tally.unitId() == null ? -1L : tally.unitId(), k -> new ArrayList<>()).add(tally);
        }
        List<RatingSummary> result = new ArrayList<>();
        if (only == null) {
            result.add(summarise("", "全县", tallies));
        } else {
            byUnit.putIfAbsent(only, List.of());
        }
        byUnit.forEach((unitId, list) -> {
            Unit unit = units.byId(unitId).orElse(null);
            result.add(summarise(unit == null ? "" : unit.code(), unit == null ? "未分办" : unit.name(), list));
        });
        return result;
    }

    private static RatingSummary summarise(String code, String name, List<RatingStore.Tally> tallies) {
        Map<RatingLevel, Long> levels = new EnumMap<>(RatingLevel.class);
        long[][] scores = new long[RatingItem.values().length][5];
        long total = 0;
        for (RatingStore.Tally t : tallies) {
            total += t.count();
            levels.merge(t.level(), t.count(), Long::sum);
            scores[RatingItem.OVERALL.ordinal()][t.overall() - 1] += t.count();
            scores[RatingItem.EFFICIENCY.ordinal()][t.efficiency() - 1] += t.count();
            scores[RatingItem.ATTITUDE.ordinal()][t.attitude() - 1] += t.count();
        }
        long satisfied = 0;
        List<RatingSummary.LevelCount> levelCounts = new ArrayList<>();
        for (RatingLevel level : RatingLevel.values()) {
            long n = levels.getOrDefault(level, 0L);
            satisfied += level.bad() ? 0 : n;
            levelCounts.add(new RatingSummary.LevelCount(level.name(), level.label(), n));
        }
        List<RatingSummary.ItemSummary> items = new ArrayList<>();
        for (RatingItem item : RatingItem.values()) {
            long[] s = scores[item.ordinal()];
            items.add(new RatingSummary.ItemSummary(item.name(), item.label(), List.of(s[0], s[1], s[2], s[3], s[4]),
                    RatingSummary.rate(s[2] + s[3] + s[4], total)));
        }
        return new RatingSummary(code, name, total, levelCounts, RatingSummary.rate(satisfied, total), items);
    }

    private RatingLine line(Rating rating) {
        Unit unit = rating.unitId() == null ? null : units.byId(rating.unitId()).orElse(null);
        return new RatingLine(rating, unit == null ? "" : unit.code(), unit == null ? "" : unit.name());
    }
}
