package org.opencounty.coordination;

import java.time.LocalDate;
import java.util.List;
import org.opencounty.units.UnitKind;

/**
 * What the center asks when it issues a task, as written: units chosen one by one ({@code unitCodes}), by kind
 * ({@code unitKinds}) or all; the deadline a date or N working days from issue; a {@code condition} for tasks the
 * platform checks itself, null for tasks fulfilled by report.
 */
public record TaskOrder(String title, String basis, String basisUrl, String requirement, LocalDate deadline,
                        Integer workingDays, List<String> unitCodes, List<UnitKind> unitKinds, boolean allUnits,
                        TaskCondition condition) {

    public TaskOrder {
        title = title == null ? "" : title.strip();
        basis = basis == null ? "" : basis.strip();
        basisUrl = basisUrl == null ? "" : basisUrl.strip();
        requirement = requirement == null ? "" : requirement.strip();
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        unitKinds = unitKinds == null ? List.of() : List.copyOf(unitKinds);
    }
}
