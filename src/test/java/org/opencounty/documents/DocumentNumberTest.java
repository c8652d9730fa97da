package org.opencounty.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("fast")
class DocumentNumberTest {

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "巴政办发, 2013, 38, 巴政办发〔2013〕38号",
            "巴政办发, 2026, 1, 巴政办发〔2026〕1号",
            "巴电政字, 2026, 100, 巴电政字〔2026〕100号"})
    void sixCornerBracketsAndNoLeadingZeros(String prefix, int year, int serial, String expected) {
        assertThat(DocumentNumber.format(prefix, year, serial)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "代字 “{0}”: {1}")
    @CsvSource({"巴政办发, true", "巴, false", "ABC, false", "巴政[办], false", "'', false", "巴政办发巴政办发巴政办发巴, false"})
    void prefixes(String prefix, boolean valid) {
        assertThat(DocumentNumber.validPrefix(prefix)).isEqualTo(valid);
    }
}
