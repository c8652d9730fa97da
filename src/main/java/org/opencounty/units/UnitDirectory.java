package org.opencounty.units;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How the public unit directory groups units: the directory page, the home page and the sitemap show the same groups. */
public final class UnitDirectory {

    private UnitDirectory() {
    }

    /**
     * The villages, communities and other units under each township, farm district or department (at any depth), by the
     * id of the unit they stand under in the directory.
     */
    public static Map<Long, List<Unit>> below(List<Unit> all) {
        Map<Long, Unit> byId = all.stream().collect(Collectors.toMap(Unit::id, u -> u));
        Map<Long, List<Unit>> below = new java.util.HashMap<>();
        for (Unit unit : all) {
            Unit top = unit.parentId() == null ? null : byId.get(unit.parentId());
            while (top != null && top.parentId() != null && !LISTED.contains(top.kind())) {
                top = byId.get(top.parentId());
            }
            if (top != null && LISTED.contains(top.kind()) && !LISTED.contains(unit.kind())) {
                below.computeIfAbsent(top.id(), id -> new java.util.ArrayList<>()).add(unit);
            }
        }
        return below;
    }

    private static final List<UnitKind> LISTED = List.of(UnitKind.TOWNSHIP, UnitKind.FARM, UnitKind.DEPARTMENT);

    /** Units grouped for the directory: townships, farm districts, departments; lower levels appear on their parent's page. */
    public static Map<UnitKind, List<Unit>> groups(List<Unit> all) {
        List<UnitKind> shown = List.of(UnitKind.TOWNSHIP, UnitKind.FARM, UnitKind.DEPARTMENT);
        Map<UnitKind, List<Unit>> byKind = all.stream().filter(u -> shown.contains(u.kind()))
                .collect(Collectors.groupingBy(Unit::kind, () -> new java.util.EnumMap<>(UnitKind.class), Collectors.toList()));
        Arrays.stream(UnitKind.values()).filter(shown::contains).forEach(kind -> byKind.putIfAbsent(kind, List.of()));
        return byKind;
    }
}
