package org.opencounty.catalogue;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a service item's procedure as an SVG flowchart ("内容尽可能图表化"): one box per step with who
 * handles it and its time limit, special procedures dashed and marked as not counting toward the limit.
 * Pages show the same steps as an ordered list too, for screen readers and print.
 */
public final class ProcedureChart {

    private static final int WIDTH = 560;
    private static final int BOX_HEIGHT = 64;
    private static final int GAP = 34;
    private static final int TERMINAL_HEIGHT = 36;

    private ProcedureChart() {
    }

    public static String svg(String itemName, List<ServiceItemContent.Step> steps) {
        int height = TERMINAL_HEIGHT * 2 + GAP * (steps.size() + 1) + BOX_HEIGHT * steps.size() + 8;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"procedure-chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\">")
                .append("<title id=\"chart-title\">").append(x(itemName)).append("办理流程图</title>")
                .append("<desc id=\"chart-desc\">共").append(steps.size()).append("个环节：")
                .append(x(String.join("、", steps.stream().map(ServiceItemContent.Step::name).toList()))).append("</desc>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
        int y = 4;
        y = terminal(svg, y, "提出申请");
        for (int i = 0; i < steps.size(); i++) {
            y = arrow(svg, y);
            y = box(svg, y, i + 1, steps.get(i));
        }
        y = arrow(svg, y);
        terminal(svg, y, "办结");
        return svg.append("</svg>").toString();
    }

    private static int terminal(StringBuilder svg, int y, String label) {
        int w = 160;
        svg.append("<rect x=\"").append((WIDTH - w) / 2).append("\" y=\"").append(y).append("\" width=\"").append(w)
                .append("\" height=\"").append(TERMINAL_HEIGHT).append("\" rx=\"18\" fill=\"#b3120f\"/>")
                .append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(y + 23)
                .append("\" text-anchor=\"middle\" font-size=\"15\" fill=\"#fff\">").append(x(label)).append("</text>");
        return y + TERMINAL_HEIGHT;
    }

    private static int arrow(StringBuilder svg, int y) {
        svg.append("<line x1=\"").append(WIDTH / 2).append("\" y1=\"").append(y).append("\" x2=\"").append(WIDTH / 2)
                .append("\" y2=\"").append(y + GAP - 2).append("\" stroke=\"#555\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>");
        return y + GAP;
    }

    private static int box(StringBuilder svg, int y, int number, ServiceItemContent.Step step) {
        boolean special = step.isSpecial();
        svg.append("<g class=\"step").append(special ? " special" : "").append("\">")
                .append("<rect x=\"20\" y=\"").append(y).append("\" width=\"").append(WIDTH - 40).append("\" height=\"").append(BOX_HEIGHT)
                .append("\" rx=\"6\" fill=\"").append(special ? "#f3f3f3" : "#fff").append("\" stroke=\"").append(special ? "#777" : "#b3120f")
                .append("\" stroke-width=\"2\"").append(special ? " stroke-dasharray=\"6 4\"" : "").append("/>")
                .append("<text x=\"36\" y=\"").append(y + 26).append("\" font-size=\"16\" font-weight=\"bold\" fill=\"#222\">")
                .append(number).append(". ").append(x(step.name())).append(special ? "（特别程序）" : "").append("</text>")
                .append("<text x=\"36\" y=\"").append(y + 50).append("\" font-size=\"13\" fill=\"#555\">")
                .append(x(detail(step))).append("</text></g>");
        return y + BOX_HEIGHT;
    }

    /** The second line of a box: who handles the step and how long it may take. */
    public static String detail(ServiceItemContent.Step step) {
        StringBuilder line = new StringBuilder();
        if (step.handler() != null && !step.handler().isBlank()) {
            line.append("经办：").append(step.handler()).append("　");
        }
        if (step.isSpecial()) {
            line.append("不计入办理时限");
        } else if (step.limitDays() != null) {
            line.append(step.limitDays() == 0 ? "即时办理" : "时限：" + step.limitDays() + "个工作日");
        }
        return line.toString();
    }

    private static String x(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
