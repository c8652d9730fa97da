package org.opencounty.catalogue.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.PublishedEntry;

/** The public catalogue's items, filtered and paged by the database. */
public interface PublishedItemQueries {

    /** The site's live items that pass the filter, by unit and then name, from {@code offset} on, at most {@code limit}. */
    List<PublishedEntry> items(long siteId, PublishedCatalogue.Filter filter, long offset, int limit);

    long countItems(long siteId, PublishedCatalogue.Filter filter);

    /** As {@link #items(long, PublishedCatalogue.Filter, long, int)}, of the units {@code unitIds} only. */
    List<PublishedEntry> items(long siteId, Collection<Long> unitIds, PublishedCatalogue.Filter filter, long offset, int limit);

    long countItems(long siteId, Collection<Long> unitIds, PublishedCatalogue.Filter filter);

    /** How many of the site's live items pass the filter, by the unit they belong to (units without any left out). */
    java.util.Map<Long, Long> countsByUnit(long siteId, PublishedCatalogue.Filter filter);
}
