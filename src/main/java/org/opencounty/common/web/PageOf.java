package org.opencounty.common.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.opencounty.common.InvalidInputException;
import org.springframework.data.domain.Page;

/**
 * The one shape of every list in the API: {@code {"total","page","size","items"}}. {@code total} counts every match,
 * {@code page} is 1-based, {@code size} the most items a page holds.
 */
public record PageOf<T>(long total, int page, int size, List<T> items) {

    /** The last page number anyone may ask for: far beyond any real list, and its offset cannot overflow. */
    public static final int MAX_PAGE = 10_000;

    public PageOf {
        items = List.copyOf(items);
    }

    /** A whole list answered as one page. */
    public static <T> PageOf<T> all(List<T> items) {
        return new PageOf<>(items.size(), 1, Math.max(items.size(), 1), items);
    }

    /** Page {@code page} of a list held in memory. */
    public static <T> PageOf<T> slice(List<T> all, int page, int size) {
        long from = (long) (page - 1) * size;
        List<T> items = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
        return new PageOf<>(all.size(), page, size, items);
    }

    /** A page the database cut: its items, with the count of every match. */
    public static <T> PageOf<T> of(Page<T> page) {
        return new PageOf<>(page.getTotalElements(), page.getNumber() + 1, page.getSize(), page.getContent());
    }

    /** For the API: a page number outside 1 to {@link #MAX_PAGE} is refused with a message, never a server error. */
    public static int requirePage(int page) {
        if (page < 1 || page > MAX_PAGE) {
            throw InvalidInputException.field("page", "页码应为1至" + MAX_PAGE + "之间的整数");
        }
        return page;
    }

    /** For pages and queries: a page number brought into 1 to {@link #MAX_PAGE}. */
    public static int clampPage(int page) {
        return Math.max(1, Math.min(page, MAX_PAGE));
    }

    /**
     * For pages: page {@code page} as {@code read} gives it, brought into the list's range — a number below 1 reads the
     * first page, one beyond the last reads the last (a second read, only then), so an old link still shows rows.
     */
    public static <T> PageOf<T> clamped(int page, IntFunction<PageOf<T>> read) {
        PageOf<T> answer = read.apply(clampPage(page));
        return answer.page() > answer.pages() ? read.apply(answer.pages()) : answer;
    }

    public int pages() {
        return pages(total, size);
    }

    /** How many pages {@code total} items fill, at least one. */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public <S> PageOf<S> map(Function<? super T, ? extends S> mapping) {
        return new PageOf<>(total, page, size, items.stream().<S>map(mapping).toList());
    }
}
