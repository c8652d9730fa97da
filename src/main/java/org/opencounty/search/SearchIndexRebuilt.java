package org.opencounty.search;

/**
 * The search index was filled again, wholly or in part (the center's rebuild, or the check at start adding what the
 * index missed): the same words may now find more, so kept search pages go.
 *
 * @param siteId the site rebuilt, or {@code null} for every site (the check at start)
 */
public record SearchIndexRebuilt(Long siteId) {
}
