package org.opencounty.supervision;

import java.util.List;

/** One page of a list: {@code page} counts from 1; {@code total} is the number of rows on all pages. */
public record ResultPage<T>(long total, int page, int pageSize, List<T> items) {

    public ResultPage {
        items = List.copyOf(items);
    }

    /** The page {@code page} (kept within the pages there are) of rows already in hand. */
    public static <T> ResultPage<T> of(List<T> all, int page, int pageSize) {
        int pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        int number = Math.min(Math.max(1, page), pages);
        return new ResultPage<>(all.size(), number, pageSize, all.subList((number - 1) * pageSize, Math.min(all.size(), number * pageSize)));
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
