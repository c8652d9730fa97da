package org.opencounty.supervision;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The on-time rate per unit as a horizontal SVG bar chart, drawn on the server ("内容尽可能图表化"). The page
 * shows the same figures in a table; the chart's title and description say what it shows for screen readers.
 * Units without completed cases get no bar and the words 不评定.
 */
public final class OnTimeChart {

    private static final int WIDTH = 720;
    private static final int LABEL = 200;
    private static final int ROW = 26;
    private static final int TOP = 30;
    private static final int BAR_WIDTH = WIDTH - LABEL - 70;

    private OnTimeChart() {
    }

    public static String svg(List<UnitStatistics> units, BigDecimal passPercent, BigDecimal excellentPercent) {
        int height = TOP + ROW * Math.max(1, units.size()) + 24;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"on-time-chart\" role=\"img\" aria-labelledby=\"on-time-title on-time-desc\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:")
                .append(WIDTH).append("px\" font-family=\"Noto Sans CJK SC, Microsoft YaHei, sans-serif\">")
                .append("<title id=\"on-time-title\">各单位按时办结率</title>")
                .append("<desc id=\"on-time-desc\">").append(x(describe(units))).append("</desc>");
        axis(svg, height, BigDecimal.ZERO, "0%");
        axis(svg, height, passPercent, passPercent.stripTrailingZeros().toPlainString() + "%");
        axis(svg, height, excellentPercent, excellentPercent.stripTrailingZeros().toPlainString() + "%");
        axis(svg, height, new BigDecimal("100"), "100%");
        int y = TOP;
        for (UnitStatistics unit : units) {
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" font-size=\"13\">").append(x(unit.unitName())).append("</text>");
            if (unit.onTimePercent() == null) {
                svg.append("<text x=\"").append(LABEL + 4).append("\" y=\"").append(y + 17).append("\" font-size=\"13\" fill=\"#555\">")
                        .append(x(Grade.NOT_GRADED.label())).append("</text>");
            } else {
                int width = bar(unit.onTimePercent());
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(width)
                        .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(colour(unit.grade())).append("\"/>")
                        .append("<text x=\"").append(LABEL + width + 6).append("\" y=\"").append(y + 17).append("\" font-size=\"13\">")
                        .append(unit.onTimePercent().toPlainString()).append("%</text>");
            }
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static void axis(StringBuilder svg, int height, BigDecimal percent, String label) {
        int xPos = LABEL + bar(percent);
        svg.append("<line x1=\"").append(xPos).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(xPos)
                .append("\" y2=\"").append(height - 20).append("\" stroke=\"#999\" stroke-dasharray=\"3 3\"/>")
                .append("<text x=\"").append(xPos).append("\" y=\"").append(TOP - 12)
                .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">").append(x(label)).append("</text>");
    }

    private static int bar(BigDecimal percent) {
        return percent.min(new BigDecimal("100")).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(BAR_WIDTH))
                .divide(new BigDecimal("100"), 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    // Dark enough for text contrast against white and told apart by the table too, not by colour alone.
    private static String colour(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "#1b6e20";
            case GOOD -> "#2b5fa8";
            case PASS -> "#8a6100";
            case FAIL -> "#b3120f";
            case NOT_GRADED, INSUFFICIENT_SAMPLE -> "#767676";
        };
    }

    private static String describe(List<UnitStatistics> units) {
        if (units.isEmpty()) {
            return "期间内没有办件。";
        }
        StringBuilder text = new StringBuilder();
        for (UnitStatistics unit : units) {
            text.append(unit.unitName()).append('：')
                    .append(unit.onTimePercent() == null ? "无办结件" : unit.onTimePercent().toPlainString() + "%，" + unit.grade().label())
                    .append("；");
        }
        return text.toString();
    }

    private static String x(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
