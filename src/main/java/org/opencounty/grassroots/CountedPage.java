package org.opencounty.grassroots;

import java.util.List;
import java.util.function.BiFunction;
import org.opencounty.common.web.PageOf;

/** A page of a list whose length was counted beforehand (the portal's lists by category, counted in one grouped query). */
final class CountedPage {

    private CountedPage() {
    }

    /**
     * Page {@code page} of {@code total} items brought into range (below 1 the first, beyond the last the last, as
     * {@link PageOf#clamped}); {@code read} is given the page number and size, and is not asked at all when there is nothing.
     */
    static <T> PageOf<T> of(long total, int page, int size, BiFunction<Integer, Integer, List<T>> read) {
        int number = Math.min(PageOf.clampPage(page), PageOf.pages(total, size));
        return new PageOf<>(total, number, size, total == 0 ? List.of() : read.apply(number, size));
    }
}
