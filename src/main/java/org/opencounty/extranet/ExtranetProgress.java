package org.opencounty.extranet;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.opencounty.units.UnitKind;

/**
 * The rollout at a glance: how many units stand at each status, per unit kind and in all; the units not connected by
 * the deadline; and the connected ones whose switch is not a managed one, which the notice requires.
 */
public record ExtranetProgress(LocalDate deadline, LocalDate today, List<KindRow> rows, KindRow total,
                               List<ExtranetConnection> pastDeadline, List<ExtranetConnection> unmanagedSwitches) {

    /** The counts of one unit kind (or of all: {@code kind} null), in {@link ExtranetStatus} order. */
    public record KindRow(UnitKind kind, String label, List<Integer> counts, int units) {
    }

    public static ExtranetProgress of(List<ExtranetConnection> connections, LocalDate deadline, LocalDate today) {
        List<KindRow> rows = Arrays.stream(UnitKind.values())
                .map(kind -> row(kind, kind.label(), connections.stream().filter(c -> c.unitKind() == kind).toList()))
                .filter(row -> row.units() > 0).toList();
        return new ExtranetProgress(deadline, today, rows, row(null, "合计", connections),
                connections.stream().filter(c -> c.pastDeadline(deadline, today)).toList(),
                connections.stream().filter(c -> c.status().connected() && !c.switchManaged()).toList());
    }

    private static KindRow row(UnitKind kind, String label, List<ExtranetConnection> connections) {
        List<Integer> counts = Arrays.stream(ExtranetStatus.values())
                .map(status -> (int) connections.stream().filter(c -> c.status() == status).count()).toList();
        return new KindRow(kind, label, counts, connections.size());
    }
}
