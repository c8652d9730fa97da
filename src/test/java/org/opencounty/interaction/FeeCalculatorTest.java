package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.common.InvalidInputException;

/** The bands of 国办函〔2020〕109号 (STANDARDS.md §3.5) at and around each edge. */
@Tag("fast")
class FeeCalculatorTest {

    @ParameterizedTest(name = "the {0}th request of the month costs {1}")
    @CsvSource({
            "1, 0.00",
            "10, 0.00",    // the first ten are free
            "11, 100.00",  // 11–30: 100 元 each
            "30, 100.00",
            "31, 200.00",  // each further band of ten: 100 元 more
            "40, 200.00",
            "41, 300.00",
            "50, 300.00",
            "51, 400.00"})
    void perRequest(int ordinal, BigDecimal fee) {
        assertThat(FeeCalculator.perRequest(ordinal)).isEqualTo(fee);
    }

    @ParameterizedTest(name = "{0} pages cost {1}")
    @CsvSource({
            "0, 0.00",
            "30, 0.00",      // up to 30 pages free
            "31, 10.00",     // 31–100: 10 元 a page on the pages above 30
            "100, 700.00",
            "101, 720.00",   // 101–200: 20 元 a page on the pages above 100
            "200, 2700.00",
            "201, 2740.00",  // from 201: 40 元 a page
            "250, 4700.00"})
    void perPage(int pages, BigDecimal fee) {
        assertThat(FeeCalculator.perPage(pages)).isEqualTo(fee);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> FeeCalculator.perRequest(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FeeCalculator.perPage(-1)).isInstanceOf(InvalidInputException.class);
    }
}
