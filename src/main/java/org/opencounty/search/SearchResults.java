package org.opencounty.search;

import java.util.List;

/**
 * One page of hits. {@code total} is exact when {@code totalExact}; otherwise it is a lower bound: the index stopped
 * counting once it had {@code opencounty.search.exact-count-up-to} hits, so that common words do not cost a count of
 * every match (docs/adr/0029-search-speed.md).
 */
public record SearchResults(long total, List<SearchHit> hits, int page, int pageSize, boolean totalExact) {

    public SearchResults(long total, List<SearchHit> hits, int page, int pageSize) {
        this(total, hits, page, pageSize, true);
    }

    /** The pages a visitor can reach: as many as the hits known, never past {@link SearchQuery#MAX_PAGE}. */
    public int pages() {
        return (int) Math.max(1, Math.min(SearchQuery.MAX_PAGE, (total + pageSize - 1) / pageSize));
    }
}
