package org.opencounty.units;

/** Domain events of the units module. */
public final class UnitEvents {

    private UnitEvents() {
    }

    public record UnitCreated(long siteId, String code, String by) {
    }

    public record UnitChanged(long siteId, String code, String by) {
    }

    public record UnitProfileUpdated(long siteId, String code, String by) {
    }
}
