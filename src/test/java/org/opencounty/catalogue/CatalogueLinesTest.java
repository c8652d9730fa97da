package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.catalogue.ServiceItemContent.Faq;
import org.opencounty.catalogue.ServiceItemContent.LegalBasis;
import org.opencounty.catalogue.ServiceItemContent.Material;
import org.opencounty.catalogue.ServiceItemContent.Step;
import org.opencounty.catalogue.internal.CatalogueLines;
import org.opencounty.catalogue.internal.CatalogueLines.BadValue;

/** The spreadsheet's line formats: what export writes, import reads back unchanged; bad lines say what is expected. */
@Tag("fast")
class CatalogueLinesTest {

    static Stream<Arguments> legalBases() {
        return Stream.of(
                Arguments.of(new LegalBasis("《中华人民共和国行政许可法》", "第十二条", "下列事项可以设定行政许可", null),
                        "《中华人民共和国行政许可法》第十二条：下列事项可以设定行政许可"),
                Arguments.of(new LegalBasis("《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）", "第三章（审查与决定）", "进行审查", null),
                        "《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第三章（审查与决定）：进行审查"),
                Arguments.of(new LegalBasis("《关于印发《不动产登记操作规范》的通知》", "二、", "内容：含冒号", null),
                        "《关于印发《不动产登记操作规范》的通知》二、：内容：含冒号"),
                Arguments.of(new LegalBasis("《促进个体工商户发展条例》", null, "只有内容", null), "《促进个体工商户发展条例》：只有内容"),
                Arguments.of(new LegalBasis("《促进个体工商户发展条例》", null, null, null), "《促进个体工商户发展条例》"),
                Arguments.of(new LegalBasis("《条例》", "第一条：第二款", null, null), "《条例》第一条\\：第二款"),
                Arguments.of(new LegalBasis("《条例》", "（一）", "第一项", null), "《条例》\\（一）：第一项"),
                Arguments.of(new LegalBasis("《条例》", "第一条", "两行\n内容，含\\反斜杠", null), "《条例》第一条：两行\\n内容，含\\\\反斜杠"));
    }

    @ParameterizedTest
    @MethodSource("legalBases")
    void legalBasisRoundTrips(LegalBasis basis, String line) throws BadValue {
        assertThat(CatalogueLines.legalBasis(basis)).isEqualTo(line);
        assertThat(CatalogueLines.parseLegalBasis(line)).isEqualTo(basis);
    }

    @Test
    void aTitleWithoutBookMarksIsPutInThemOnExport() throws BadValue {
        String line = CatalogueLines.legalBasis(new LegalBasis("国务院令第412号", "附件第112项", "出租汽车", 7L));
        assertThat(line).isEqualTo("《国务院令第412号》附件第112项：出租汽车");
        assertThat(CatalogueLines.parseLegalBasis(line)).isEqualTo(new LegalBasis("《国务院令第412号》", "附件第112项", "出租汽车", null));
    }

    static Stream<Arguments> materials() {
        return Stream.of(
                Arguments.of(new Material(null, "个体工商户登记（备案）申请书", "ORIGINAL", "BOTH", 1, true, "申请人自备", "网上申请的以电子签名代替纸质签字"),
                        "个体工商户登记（备案）申请书|原件|纸质或电子|1|必需|申请人自备|网上申请的以电子签名代替纸质签字"),
                Arguments.of(new Material(null, "营业执照", "COPY", "PAPER", 2, false, "市场监管部门核发", null),
                        "营业执照|复印件|纸质|2|非必需|市场监管部门核发"),
                Arguments.of(new Material(null, "身份证", "ORIGINAL_AND_COPY", "ELECTRONIC", null, null, null, null), "身份证|原件和复印件|电子|||"),
                Arguments.of(new Material(null, "证明A|B", null, null, 1, true, "来源\\路径", "备注|含竖线"),
                        "证明A\\|B|||1|必需|来源\\\\路径|备注\\|含竖线"));
    }

    @ParameterizedTest
    @MethodSource("materials")
    void materialRoundTrips(Material material, String line) throws BadValue {
        assertThat(CatalogueLines.material(material)).isEqualTo(line);
        assertThat(CatalogueLines.parseMaterial(line)).isEqualTo(material);
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(new Step("受理", "窗口工作人员", 1, "核验身份，材料不全的一次性告知", false), "受理|窗口工作人员|1|核验身份，材料不全的一次性告知|否"),
                Arguments.of(new Step("专家评审", "审批股", 10, null, true), "专家评审|审批股|10||是"),
                Arguments.of(new Step("决定", null, null, null, null), "决定||||"));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void stepRoundTrips(Step step, String line) throws BadValue {
        assertThat(CatalogueLines.step(step)).isEqualTo(line);
        assertThat(CatalogueLines.parseStep(line)).isEqualTo(step);
    }

    @Test
    void faqAndConditionsRoundTrip() throws BadValue {
        Faq faq = new Faq("没有门面房，可以用住宅登记吗？", "可以|但须经有利害关系的业主同意");
        assertThat(CatalogueLines.parseFaq(CatalogueLines.faq(faq))).isEqualTo(faq);
        String condition = "第一行\n第二行";
        assertThat(CatalogueLines.parseCondition(CatalogueLines.condition(condition))).isEqualTo(condition);
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(List.of("居民身份证工本费（首次申领、换领）", "居民身份证工本费（丢失补领、损坏换领）"),
                        "居民身份证工本费（首次申领、换领）、居民身份证工本费（丢失补领、损坏换领）"),
                Arguments.of(List.of("甲、乙合办费", "丙"), "甲\\、乙合办费、丙"),
                Arguments.of(List.of("未闭合（括号", "乙"), "未闭合\\（括号、乙"),
                Arguments.of(List.of("多余）括号", "乙（附注）"), "多余）括号、乙（附注）"),
                Arguments.of(List.of(), ""));
    }

    @ParameterizedTest
    @MethodSource("names")
    void namesRoundTrip(List<String> names, String cell) {
        assertThat(CatalogueLines.names(names)).isEqualTo(cell);
        assertThat(CatalogueLines.parseNames(cell)).isEqualTo(names);
    }

    @Test
    void aCellIsReadLineByLineWhateverTheLineEnds() {
        assertThat(CatalogueLines.lines("第一条\r\n\n  第二条  \r第三条\n")).containsExactly("第一条", "第二条", "第三条");
        assertThat(CatalogueLines.lines(null)).isEmpty();
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("material", "申请书|原件", "申请材料应有6项"),
                Arguments.of("material", "申请书|正本|纸质|1|必需|申请人自备", "“正本”应为原件、复印件或原件和复印件"),
                Arguments.of("material", "申请书|原件|纸张|1|必需|申请人自备", "“纸张”应为纸质、电子或纸质或电子"),
                Arguments.of("material", "申请书|原件|纸质|两份|必需|申请人自备", "份数应为1至100的整数"),
                Arguments.of("material", "申请书|原件|纸质|0|必需|申请人自备", "份数应为1至100的整数"),
                Arguments.of("material", "申请书|原件|纸质|1|需要|申请人自备", "应填写必需或非必需"),
                Arguments.of("material", "申请书|原件|纸质|1|必需|自备|备注|多余", "申请材料应有6项"),
                Arguments.of("step", "受理|窗口", "办理流程应有5项"),
                Arguments.of("step", "受理|窗口|三天|说明|否", "环节时限应为0至3650的整数"),
                Arguments.of("step", "受理|窗口|-1|说明|否", "环节时限应为0至3650的整数"),
                Arguments.of("step", "受理|窗口|1|说明|可能", "特别程序应填写是或否"),
                Arguments.of("legalBasis", "行政许可法第十二条：内容", "应以《法规名称》开头"),
                Arguments.of("legalBasis", "《行政许可法第十二条：内容", "书名号《》不成对"),
                Arguments.of("faq", "只有问题没有解答", "常见问题应为问题和解答两项"),
                Arguments.of("faq", "问题|", "常见问题应为问题和解答两项"));
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void badLinesSayWhatIsExpected(String format, String line, String message) {
        assertThatThrownBy(() -> {
            switch (format) {
                case "material" -> CatalogueLines.parseMaterial(line);
                case "step" -> CatalogueLines.parseStep(line);
                case "legalBasis" -> CatalogueLines.parseLegalBasis(line);
                default -> CatalogueLines.parseFaq(line);
            }
        }).isInstanceOf(BadValue.class).hasMessageContaining(message);
    }

    @Test
    void everyMaterialFormAndMediumHasALabel() throws BadValue {
        for (String form : Arrays.asList("ORIGINAL", "COPY", "ORIGINAL_AND_COPY")) {
            for (String medium : Arrays.asList("PAPER", "ELECTRONIC", "BOTH")) {
                Material m = new Material(null, "材料", form, medium, 1, true, null, null);
                assertThat(CatalogueLines.parseMaterial(CatalogueLines.material(m))).isEqualTo(m);
            }
        }
    }
}
