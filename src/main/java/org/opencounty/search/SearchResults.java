package org.opencounty.search;

import java.util.List;

public record SearchResults(long total, List<SearchHit> hits, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
