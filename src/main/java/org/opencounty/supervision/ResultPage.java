package org.opencounty.supervision;

import java.util.List;

/** One page of a list: {@code page} counts from 1; {@code total} is the number of rows on all pages. */
public record ResultPage<T>(long total, int page, int pageSize, List<T> items) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
