package org.opencounty.coordination;

import java.time.LocalDate;

/** A reminder the sweep sent to a unit on a finding: BEFORE its rectification is due, or AFTER the due day passed. */
public record FindingReminder(long inspectionId, long findingId, String inspectionName, String problem, LocalDate dueDate,
                              String unitCode, String unitName, String kind, LocalDate issuedOn) {

    public boolean after() {
        return "AFTER".equals(kind);
    }

    public String url() {
        return "/admin/inspections/" + inspectionId + "/findings/" + findingId;
    }
}
