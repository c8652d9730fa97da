package org.opencounty.coordination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;

/**
 * The units a task or an inspection round is for, as the center chose them: one by one by code, by kind, or all (the
 * county itself excepted). Unknown codes and an empty choice are field errors of {@code units}.
 */
final class UnitScope {

    private UnitScope() {
    }

    static List<Unit> resolve(Units units, long siteId, List<String> codes, List<UnitKind> kinds, boolean all, Map<String, String> errors) {
        List<Unit> directory = units.directory(siteId);
        Map<Long, Unit> chosen = new LinkedHashMap<>();
        if (all) {
            directory.stream().filter(unit -> unit.kind() != UnitKind.COUNTY).forEach(unit -> chosen.put(unit.id(), unit));
        }
        directory.stream().filter(unit -> kinds.contains(unit.kind())).forEach(unit -> chosen.put(unit.id(), unit));
        List<String> unknown = codes.stream().filter(code -> units.find(siteId, code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            errors.put("units", "没有这些单位：" + String.join("、", unknown));
        }
        codes.forEach(code -> units.find(siteId, code).ifPresent(unit -> chosen.put(unit.id(), unit)));
        if (chosen.isEmpty() && unknown.isEmpty()) {
            errors.put("units", "请选择至少一个单位（逐个选择、按类别或全部单位）");
        }
        return List.copyOf(chosen.values());
    }
}
