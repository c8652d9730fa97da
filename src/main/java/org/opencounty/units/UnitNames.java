package org.opencounty.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site's units as pages name them: code and name, in directory order. Kept in memory by {@link Units#names}: the
 * search page lists every unit in its filter and names the unit of each hit, on every search.
 */
public record UnitNames(List<Entry> inOrder, Map<String, String> byCode) {

    public record Entry(String code, String name) {
    }

    public UnitNames {
        inOrder = List.copyOf(inOrder);
        byCode = Map.copyOf(byCode);
    }

    static UnitNames of(List<Unit> directory) {
        Map<String, String> byCode = new LinkedHashMap<>();
        directory.forEach(unit -> byCode.put(unit.code(), unit.name()));
        return new UnitNames(directory.stream().map(unit -> new Entry(unit.code(), unit.name())).toList(), byCode);
    }

    /** The unit's name, or {@code fallback} for a code the site does not have (any more). */
    public String nameOf(String code, String fallback) {
        return code == null ? fallback : byCode.getOrDefault(code, fallback);
    }
}
