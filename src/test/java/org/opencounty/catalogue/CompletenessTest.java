package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencounty.common.InvalidInputException;
import org.opencounty.catalogue.internal.ItemRules;

/** The ten elements the website inspection checks, and the rules every guide must keep. */
@Tag("fast")
class CompletenessTest {

    static ServiceItemContent complete() {
        return new ServiceItemContent("食品经营许可", null, null, "01", ServiceTarget.BOTH, "县级", "行政审批股",
                List.of(new ServiceItemContent.LegalBasis("《中华人民共和国食品安全法》", "第三十五条", "从事食品销售和餐饮服务应当依法取得许可", null)),
                List.of("有与经营的食品品种、数量相适应的经营场所"),
                List.of(new ServiceItemContent.Material(null, "食品经营许可申请书", "ORIGINAL", "PAPER", 1, true, "申请人自备", "")),
                List.of(new ServiceItemContent.Step("受理", "窗口工作人员", 1, "", false)), 20, 10, 1, List.of("WINDOW", "ONLINE"), true,
                "县政务服务中心一楼", "工作日 10:00-14:00, 15:30-19:30", "0902-6821234", "市场监管窗口", "12345", true, List.of(), List.of());
    }

    static Stream<Arguments> oneElementMissing() {
        return Stream.of(
                Arguments.of("name", (UnaryOperator<ServiceItemContent>) c -> with(c, "name", "")),
                Arguments.of("legalBasis", (UnaryOperator<ServiceItemContent>) c -> with(c, "legalBasis", List.of())),
                Arguments.of("conditions", (UnaryOperator<ServiceItemContent>) c -> with(c, "conditions", List.of("  "))),
                Arguments.of("materials", (UnaryOperator<ServiceItemContent>) c -> with(c, "materials", List.of())),
                Arguments.of("location", (UnaryOperator<ServiceItemContent>) c -> with(c, "location", null)),
                Arguments.of("handlingSection", (UnaryOperator<ServiceItemContent>) c -> with(c, "handlingSection", " ")),
                Arguments.of("fees", (UnaryOperator<ServiceItemContent>) c -> with(c, "free", false)),
                Arguments.of("officeHours", (UnaryOperator<ServiceItemContent>) c -> with(c, "officeHours", "")),
                Arguments.of("phone", (UnaryOperator<ServiceItemContent>) c -> with(c, "phone", null)),
                Arguments.of("procedure", (UnaryOperator<ServiceItemContent>) c -> with(c, "procedure", List.of())));
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource
    void oneElementMissing(String element, UnaryOperator<ServiceItemContent> without) {
        Completeness completeness = Completeness.of(without.apply(complete()));
        assertThat(completeness.complete()).isFalse();
        assertThat(completeness.missing()).containsExactly(element);
    }

    @Test
    void aCompleteGuideLacksNothing() {
        assertThat(Completeness.of(complete())).isEqualTo(new Completeness(true, List.of(), List.of()));
    }

    @Test
    void aChargedItemWithItsFeesIsComplete() {
        ServiceItemContent charged = with(with(complete(), "free", false), "fees", List.of(7L));
        assertThat(Completeness.of(charged).complete()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"法律、法规规定的其他条件", "法律法规规定的其他条件。", "法律、行政法规规定的其他条件", "法律、法规、规章规定的其他情形"})
    void aCatchAllConditionIsAWarning(String condition) {
        Completeness completeness = Completeness.of(with(complete(), "conditions", List.of("年满18周岁", condition)));
        assertThat(completeness.complete()).isTrue();
        assertThat(completeness.warnings()).containsExactly(Completeness.CATCH_ALL_CONDITION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"符合《食品安全法》规定的场所条件", "有其他相关证明材料的，一并提交"})
    void namedConditionsAreNoCatchAll(String condition) {
        assertThat(Completeness.of(with(complete(), "conditions", List.of(condition))).warnings()).isEmpty();
    }

    @Test
    void thePromisedLimitMayNotExceedTheStatutoryOne() {
        ServiceItemContent item = with(with(complete(), "statutoryLimitDays", 20), "promisedLimitDays", 25);
        assertThatThrownBy(() -> ItemRules.validate(item, fee -> true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsEntry("promisedLimitDays", "承诺时限不能超过法定时限"));
        assertThat(ItemRules.validate(with(item, "promisedLimitDays", 20), fee -> true).promisedLimitDays()).isEqualTo(20);
    }

    @Test
    void materialsGetStableIds() {
        ServiceItemContent item = with(complete(), "materials", List.of(
                new ServiceItemContent.Material("m2", "营业执照", "COPY", "PAPER", 1, true, "", ""),
                new ServiceItemContent.Material(null, "身份证明", "COPY", "PAPER", 1, true, "", ""),
                new ServiceItemContent.Material(null, "场所证明", "COPY", "PAPER", 1, false, "", "")));
        assertThat(ItemRules.validate(item, fee -> true).materials()).extracting(ServiceItemContent.Material::id)
                .containsExactly("m2", "m1", "m3");
    }

    @Test
    void aFreeItemLinksNoFeesAndLinkedFeesMustExist() {
        assertThatThrownBy(() -> ItemRules.validate(with(complete(), "fees", List.of(1L)), fee -> true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fields()).containsKey("fees"));
        ServiceItemContent charged = with(with(complete(), "free", false), "fees", List.of(99L));
        assertThatThrownBy(() -> ItemRules.validate(charged, fee -> false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fields().get("fees")).contains("99"));
    }

    /** A copy of the item with one element replaced, by the JSON name of the element. */
    static ServiceItemContent with(ServiceItemContent c, String field, Object value) {
        var map = new org.opencounty.catalogue.internal.ContentCodec().toMap(c);
        map.put(field, value);
        return new org.opencounty.catalogue.internal.ContentCodec().read(
                new org.opencounty.catalogue.internal.ContentCodec().write(map), ServiceItemContent.class);
    }
}
