package org.opencounty.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.content.Category;
import org.opencounty.units.CreditCode;

/** 索引号 after the national pattern 机构代码-类别-年份-序号, from the unit's 统一社会信用代码 or the organisation code in it. */
class IndexNumberFormatTest {

    @ParameterizedTest(name = "{0} {2} {3}/{4} organisation={5} → {6}")
    @CsvSource({
            "91350100M000100Y43, market, NOTICES,  2026, 2,    false, 91350100M000100Y43-02-2026-00002",
            "91350100M000100Y43, market, NOTICES,  2026, 2,    true,  M000100Y-4-02-2026-00002",
            "91350100M000100Y43, market, LAWS,     2027, 1,    false, 91350100M000100Y43-01-2027-00001",
            "91350100M000100Y43, market, OTHER,    2026, 12345, false, 91350100M000100Y43-08-2026-12345",
            "'',                 market, NOTICES,  2026, 3,    false, market-02-2026-00003",
            "91350100M000100Y44, market, POLICIES, 2026, 3,    false, market-05-2026-00003",
    })
    void numbersFollowTheNationalPattern(String creditCode, String unitCode, Category category, int year, int sequence,
                                         boolean organisationCode, String expected) {
        assertThat(IndexNumbers.format(creditCode, unitCode, category, year, sequence, organisationCode)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
            "91350100M000100Y43, true",
            "91110000600037341L, true",
            "911100001000128855, true",
            "91350100M000100Y44, false",
            "91350100M000100Y4,  false",
            "91350100I000100Y43, false",
            "91350100m000100Y43, false",
    })
    void theCreditCodesCheckCharacterIsChecked(String code, boolean valid) {
        assertThat(CreditCode.valid(code)).isEqualTo(valid);
    }
}
