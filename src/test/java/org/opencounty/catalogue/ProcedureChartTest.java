package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ProcedureChartTest {

    private static final List<ServiceItemContent.Step> SIX_STEPS = List.of(
            new ServiceItemContent.Step("受理", "窗口工作人员", 1, "", false),
            new ServiceItemContent.Step("审查", "行政审批股", 3, "", false),
            new ServiceItemContent.Step("现场核查", "执法人员", 5, "", false),
            new ServiceItemContent.Step("专家评审", "评审专家组", 10, "", true),
            new ServiceItemContent.Step("决定", "分管领导", 2, "", false),
            new ServiceItemContent.Step("制证送达", "窗口工作人员", 0, "", false));

    @Test
    void aSixStepProcedureBecomesSixBoxesBetweenStartAndEnd() {
        String svg = ProcedureChart.svg("食品经营许可 <测试>", SIX_STEPS);
        assertThat(Pattern.compile("<g class=\"step").matcher(svg).results().count()).isEqualTo(6);
        assertThat(Pattern.compile("marker-end=\"url\\(#arrow\\)\"").matcher(svg).results().count()).isEqualTo(7);
        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("role=\"img\"", "<title id=\"chart-title\">食品经营许可 &lt;测试&gt;办理流程图</title>")
                .contains("共6个环节：受理、审查、现场核查、专家评审、决定、制证送达")
                .contains("提出申请", "办结")
                .contains("1. 受理", "6. 制证送达", "时限：3个工作日", "即时办理")
                .doesNotContain("<测试>");
    }

    @Test
    void specialProceduresAreDashedAndDoNotCount() {
        String svg = ProcedureChart.svg("x", SIX_STEPS);
        String special = svg.substring(svg.indexOf("<g class=\"step special\">"));
        special = special.substring(0, special.indexOf("</g>"));
        assertThat(special).contains("stroke-dasharray", "4. 专家评审（特别程序）", "不计入办理时限").doesNotContain("时限：10个工作日");
        assertThat(Pattern.compile("stroke-dasharray").matcher(svg).results().count()).isEqualTo(1);
    }
}
