package org.opencounty.applications;

/** Events of online applications; supervision and notifications listen. */
public final class ApplicationEvents {

    private ApplicationEvents() {
    }

    public record ApplicationChanged(long applicationId, long unitId, String action, ApplicationState state, String by) {
    }
}
