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
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StatisticsCsv() {
    }

    public static byte[] write(Statistics statistics) {
        return write(StatisticsTable.of(statistics));
    }

    public static byte[] write(StatisticsByItem statistics) {
        return write(StatisticsTable.of(statistics));
    }

    public static String filename(Statistics statistics) {
        return StatisticsTable.of(statistics).filename("csv");
    }

    public static String filename(StatisticsByItem statistics) {
        return StatisticsTable.of(statistics).filename("csv");
    }

    private static byte[] write(StatisticsTable table) {
        StringBuilder text = new StringBuilder(line(Stream.of(table.leadingHeadings(), StatisticsTable.figureHeadings("按时办结率(%)"),
                table.trailingHeadings()).flatMap(List::stream)));
        for (StatisticsTable.Line row : table.lines()) {
            Figures figures = row.figures();
            text.append(line(Stream.of(row.leading(), List.of(String.valueOf(figures.received()), String.valueOf(figures.accepted()),
                    String.valueOf(figures.completed()), String.valueOf(figures.completedOnTime()), number(figures.onTimePercent()),
                    number(figures.averageWorkingDays()), String.valueOf(figures.warnings()), String.valueOf(figures.yellowCards()),
                    String.valueOf(figures.redCards())), row.trailing()).flatMap(List::stream)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
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
