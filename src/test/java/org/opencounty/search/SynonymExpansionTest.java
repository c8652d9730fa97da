package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a visitor's words become the query the index answers: each listed word stands for its whole group. */
class SynonymExpansionTest {

    private static final List<SearchSynonyms.Group> GROUPS = List.of(
            new SearchSynonyms.Group(1, List.of("供暖", "供热", "采暖"), "system"),
            new SearchSynonyms.Group(2, List.of("营业执照", "执照"), "system"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", value = {
            "供暖 => (供暖 | 供热 | 采暖)",
            "供热补贴 => (供暖 | 供热 | 采暖) 补贴",
            "冬季 供暖 收费 => 冬季 (供暖 | 供热 | 采暖) 收费",
            "营业执照 => (营业执照 | 执照)",           // the longer listed word wins over 执照 inside it
            "执照补办 => (营业执照 | 执照) 补办",
            "居住证 => 居住证",                          // nothing listed: unchanged
            "办理营业执照供暖 => 办理 (营业执照 | 执照) (供暖 | 供热 | 采暖)",
    })
    void listedWordsStandForTheirGroup(String typed, String query) {
        assertThat(SearchSynonyms.expand(GROUPS, typed)).isEqualTo(query);
    }
}
