package org.opencounty.supervision;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The statistics as CSV (RFC 4180) in UTF-8 with a byte-order mark: without it Excel on Chinese Windows reads the
 * file as GBK and shows the headings garbled.
 */
public final class StatisticsCsv {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    static final List<String> HEADINGS = List.of("单位代码", "单位名称", "收件", "受理", "办结", "按时办结", "按时办结率(%)",
            "平均办理工作日", "预警", "黄牌", "红牌", "等级");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StatisticsCsv() {
    }

    public static byte[] write(Statistics statistics) {
        StringBuilder text = new StringBuilder(line(HEADINGS.stream()));
        for (UnitStatistics row : statistics.units()) {
            text.append(line(Stream.of(row.unitCode(), row.unitName(), String.valueOf(row.received()), String.valueOf(row.accepted()),
                    String.valueOf(row.completed()), String.valueOf(row.completedOnTime()), number(row.onTimePercent()),
                    number(row.averageWorkingDays()), String.valueOf(row.warnings()), String.valueOf(row.yellowCards()),
                    String.valueOf(row.redCards()), row.grade().label())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static String filename(Statistics statistics) {
        return "supervision-statistics-" + statistics.from() + "-" + statistics.to() + ".csv";
    }

    private static String line(Stream<String> cells) {
        return cells.map(StatisticsCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /**
     * Quotes what needs quoting, and defuses a leading =, +, - or @ so that a unit name cannot become a
     * spreadsheet formula when the file is opened (CSV injection).
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
