package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("fast")
class NameMaskTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"张明, 张**", "张, 张**", "欧阳修远, 欧**", "古丽娜尔·木拉提, 古**", "'', 匿名", "null, 匿名", "𠀀二, 𠀀**"})
    void onlyTheFirstCharacterIsShown(String name, String shown) {
        assertThat(NameMask.mask(name)).isEqualTo(shown);
    }
}
