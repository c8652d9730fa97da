package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matrix pages its tasks and its units: a page asked for beyond the last shows the last, before the first the first. */
@Tag("fast")
class MatrixPagingTest {

    @ParameterizedTest(name = "{0} items, page {1} of size {2} → page {3} of {4}, items {5}..{6}")
    @CsvSource({
            // items, asked, size, number, pages, first, last (exclusive)
            "0, 1, 50, 1, 1, 0, 0",
            "1, 1, 50, 1, 1, 0, 1",
            "50, 1, 50, 1, 1, 0, 50",
            "51, 1, 50, 1, 2, 0, 50",
            "51, 2, 50, 2, 2, 50, 51",
            "300, 6, 50, 6, 6, 250, 300",
            "300, 7, 50, 6, 6, 250, 300",
            "300, 0, 50, 1, 6, 0, 50",
            "300, -3, 50, 1, 6, 0, 50",
            "13, 2, 12, 2, 2, 12, 13",
    })
    void slices(int items, int asked, int size, int number, int pages, int first, int last) {
        List<Integer> all = IntStream.range(0, items).boxed().toList();
        TaskQueries.Slice<Integer> slice = TaskQueries.Slice.counted(all.size(), asked, size, reader(all));
        assertThat(slice.number()).isEqualTo(number);
        assertThat(slice.pages()).isEqualTo(pages);
        assertThat(slice.items()).containsExactlyElementsOf(IntStream.range(first, last).boxed().toList());
    }

    @ParameterizedTest(name = "{0} items, everything on one page")
    @CsvSource({"0", "1", "300"})
    void aPageAsLargeAsAnIntTakesEverything(int items) {
        List<Integer> all = IntStream.range(0, items).boxed().toList();
        TaskQueries.Slice<Integer> slice = TaskQueries.Slice.counted(all.size(), 3, Integer.MAX_VALUE, reader(all));
        assertThat(slice.items()).hasSize(items);
        assertThat(slice.pages()).isEqualTo(1);
    }

    /** What the SQL's {@code offset … limit …} would answer over these items. */
    private static java.util.function.BiFunction<Integer, Integer, List<Integer>> reader(List<Integer> all) {
        return (offset, limit) -> all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
    }
}
