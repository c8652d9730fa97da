package org.opencounty.units;

/** Domain events of the units module. */
public final class UnitEvents {

    private UnitEvents() {
    }

    public record UnitCreated(long siteId, String code, String by) {
    }

    public record UnitChanged(long siteId, String code, String by) {
    }

    /** A profile revision was written or changed; the portal still shows the live one. */
    public record ProfileEdited(long siteId, String code, String by) {
    }

    /** A profile revision went to the unit's leader. */
    public record ProfileSubmitted(long siteId, String code, String by) {
    }

    /** The unit's leader approved a profile revision; it now waits for the center. */
    public record ProfileApprovedByLeader(long siteId, String code, String by) {
    }

    public record ProfileReturned(long siteId, String code, String by, String reason) {
    }

    /** The center published a profile revision: the portal shows it from now on. */
    public record ProfilePublished(long siteId, String code, String by) {
    }
}
