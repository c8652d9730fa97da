package org.opencounty.catalogue;

/** Builds the read model for the module's internals without opening its constructor to other modules. */
public final class PublishedEntries {

    private PublishedEntries() {
    }

    public static PublishedEntry item(CatalogueEntry entry, CatalogueRevision revision, String unitCode, String unitName,
                                      ServiceItemContent item, String searchText) {
        return new PublishedEntry(entry, revision, unitCode, unitName, item.name(), item.type(),
                item.target() == null ? null : item.target().name(), item.online(), searchText);
    }

    public static PublishedEntry fee(CatalogueEntry entry, CatalogueRevision revision, String unitCode, String unitName,
                                     FeeContent fee, String searchText) {
        return new PublishedEntry(entry, revision, unitCode, unitName, fee.name(), null, null, false, searchText);
    }
}
