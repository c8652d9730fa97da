package org.opencounty.catalogue;

/** Events of the service-guide and fee catalogue. */
public final class CatalogueEvents {

    private CatalogueEvents() {
    }

    public record EntrySubmitted(long entryId, long unitId, EntryKind kind, String by) {
    }

    public record EntryReturned(long entryId, long unitId, EntryKind kind, String by, String reason) {
    }

    public record EntryPublished(long entryId, long siteId, long unitId, EntryKind kind) {
    }

    public record ScenarioSaved(long scenarioId, long siteId, String by) {
    }

    public record EntryWithdrawn(long entryId, long siteId, long unitId, EntryKind kind, String reason) {
    }
}
