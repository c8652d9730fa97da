package org.opencounty.catalogue;

import java.util.List;

/**
 * How often people apply for each item, for the catalogue's 常办事项 block. Implemented by applications, which depends on
 * the catalogue, so that the catalogue does not depend on applications.
 */
public interface ItemDemand {

    /** Ids of the site's items most applied for, most first, at most {@code max}. */
    List<Long> mostApplied(long siteId, int max);
}
