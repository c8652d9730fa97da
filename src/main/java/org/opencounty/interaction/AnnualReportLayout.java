package org.opencounty.interaction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * An annual report laid out in the 2021 format's six sections with its tables, as one HTML fragment: the public page,
 * the article in 政府信息公开年报 and the print view show the same. Every cell carries its column's label, so that on a
 * phone each table row reads as a labelled card (site.css). Text is escaped here; the written sections were
 * sanitised when saved.
 */
public final class AnnualReportLayout {

    private AnnualReportLayout() {
    }

    public static String title(String unitName, int year) {
        return unitName + year + "年政府信息公开工作年度报告";
    }

    public static String html(AnnualReportContent content, RequestTable requests) {
        StringBuilder html = new StringBuilder();
        html.append("<h2>一、总体情况</h2>").append(orNone(content.overview()));
        html.append("<h2>二、主动公开政府信息情况</h2>");
        ActiveDisclosure a = content.active();
        List<String> issued = List.of("本年制发件数", "本年废止件数", "现行有效件数");
        html.append(table("第二十条第（一）项", issued, Map.of(
                "规章", new Object[] {a.regulationsIssued(), a.regulationsRepealed(), a.regulationsInForce()},
                "行政规范性文件", new Object[] {a.normativeIssued(), a.normativeRepealed(), a.normativeInForce()}), List.of("规章", "行政规范性文件")));
        html.append(table("第二十条第（五）项", List.of("本年处理决定数量"), Map.of("行政许可", new Object[] {a.licensing()}), List.of("行政许可")));
        html.append(table("第二十条第（六）项", List.of("本年处理决定数量"), Map.of("行政处罚", new Object[] {a.penalties()},
                "行政强制", new Object[] {a.enforcement()}), List.of("行政处罚", "行政强制")));
        html.append(table("第二十条第（八）项", List.of("本年收费金额（单位：万元）"),
                Map.of("行政事业性收费", new Object[] {a.feeIncome().toPlainString()}), List.of("行政事业性收费")));
        html.append("<h2>三、收到和处理政府信息公开申请情况</h2>");
        html.append(requestsTable(requests));
        html.append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>");
        List<String> results = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        Appeals p = content.appeals();
        html.append(table("行政复议", results, Map.of("案件数量", values(p.reconsideration())), List.of("案件数量")));
        html.append(table("行政诉讼（未经复议直接起诉）", results, Map.of("案件数量", values(p.direct())), List.of("案件数量")));
        html.append(table("行政诉讼（复议后起诉）", results, Map.of("案件数量", values(p.afterReconsideration())), List.of("案件数量")));
        html.append("<h2>五、存在的主要问题及改进情况</h2>").append(orNone(content.problems()));
        html.append("<h2>六、其他需要报告的事项</h2>").append(content.other());
        html.append("<p>本年度依据《政府信息公开信息处理费管理办法》收取信息处理费 ").append(money(content.processingFees())).append(" 元。</p>");
        return html.toString();
    }

    /** Table 三: the rows of the 2021 format against the applicants' columns. */
    public static String requestsTable(RequestTable requests) {
        StringBuilder html = new StringBuilder("<table class=\"report-table\" id=\"requests-table\"><caption>申请人情况</caption><thead><tr><th scope=\"col\">项目</th>");
        RequestTable.COLUMN_LABELS.forEach(label -> html.append("<th scope=\"col\">").append(label).append("</th>"));
        html.append("</tr></thead><tbody>");
        Map<String, long[]> cells = requests.cells();
        for (RequestTable.Row row : RequestTable.ROWS) {
            html.append("<tr><th scope=\"row\">").append(escape(row.label().strip())).append("</th>");
            long[] values = cells.get(row.key());
            for (int c = 0; c < values.length; c++) {
                html.append(cell(RequestTable.COLUMN_LABELS.get(c), values[c]));
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String table(String caption, List<String> columns, Map<String, Object[]> rows, List<String> order) {
        StringBuilder html = new StringBuilder("<table class=\"report-table\"><caption>").append(escape(caption))
                .append("</caption><thead><tr><th scope=\"col\">信息内容</th>");
        columns.forEach(column -> html.append("<th scope=\"col\">").append(escape(column)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (String name : order) {
            html.append("<tr><th scope=\"row\">").append(escape(name)).append("</th>");
            Object[] values = rows.get(name);
            for (int c = 0; c < values.length; c++) {
                html.append(cell(columns.get(c), values[c]));
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String cell(String label, Object value) {
        return "<td data-label=\"" + escape(label) + "\">" + escape(String.valueOf(value)) + "</td>";
    }

    private static Object[] values(Appeals.Outcomes o) {
        return new Object[] {o.upheld(), o.corrected(), o.other(), o.pending(), o.total()};
    }

    private static String orNone(String html) {
        return html == null || html.isBlank() ? "<p>（未填写）</p>" : html;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
