package org.opencounty.coordination;

import java.time.LocalDate;
import java.util.List;
import org.opencounty.units.UnitKind;

/**
 * An inspection round as the center writes it: its name and period, the units inspected (one by one, by kind or all)
 * and the checklist, each item a title with what the inspectors look at.
 */
public record InspectionOrder(String name, LocalDate from, LocalDate to, List<String> unitCodes, List<UnitKind> unitKinds,
                              boolean allUnits, List<Item> checklist) {

    public record Item(String title, String description) {

        public Item {
            title = title == null ? "" : title.strip();
            description = description == null ? "" : description.strip();
        }
    }

    public InspectionOrder {
        name = name == null ? "" : name.strip();
        unitCodes = unitCodes == null ? List.of() : unitCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        unitKinds = unitKinds == null ? List.of() : List.copyOf(unitKinds);
        checklist = checklist == null ? List.of() : checklist.stream().filter(i -> i != null && !(i.title().isEmpty() && i.description().isEmpty())).toList();
    }
}
