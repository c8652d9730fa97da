package org.opencounty.coordination;

/** What happened to tasks, for listeners (the assessment's scores follow them). */
public final class TaskEvents {

    private TaskEvents() {
    }

    public record TaskIssued(long siteId, long taskId, int units, String by) {
    }

    /** A unit's part of a task changed: its report moved in the chain, or the task was fulfilled. */
    public record TaskUnitChanged(long siteId, long taskId, long unitId, String action, String by) {
    }
}
