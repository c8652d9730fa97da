package org.opencounty.coordination;

/** What happened to inspections, for listeners (the assessment's scores follow them). */
public final class InspectionEvents {

    private InspectionEvents() {
    }

    public record InspectionCreated(long siteId, long inspectionId, int units, int items, String by) {
    }

    /** A finding was recorded, or its rectification moved (report, approve, close, reopen). */
    public record FindingChanged(long siteId, long inspectionId, long findingId, long unitId, String action, String by) {
    }
}
