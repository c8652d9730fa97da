package org.opencounty.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statistics, per unit or per service item, as an Excel workbook (.xlsx): the CSV's rows, but with the figures
 * as numbers, so that staff can sum, sort and chart them without converting text first; the on-time rate as a
 * percentage; the period in the title and the sheet's name; and, per unit, a bar chart of the on-time rate that Excel draws from the cells themselves.
 * A text cell is never a formula, so unlike the CSV nothing needs defusing.
 */
public final class StatisticsWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int HEADING_ROW = 1;

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final StatisticsTable table;
    private final List<String> headings;
    /** The row's name (unit or item) is the last text before the figures; the chart labels its bars with it. */
    private final int name;
    private final int onTime;
    private final CellStyle count;
    private final CellStyle percent;
    private final CellStyle decimal;
    private final int[] widths;

    private StatisticsWorkbook(XSSFWorkbook workbook, StatisticsTable table) {
        this.workbook = workbook;
        this.table = table;
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetPrefix() + table.from() + "至" + table.to()));
        headings = Stream.of(table.leadingHeadings(), StatisticsTable.figureHeadings("按时办结率"), table.trailingHeadings())
                .flatMap(List::stream).toList();
        name = table.leadingHeadings().size() - 1;
        onTime = table.leadingHeadings().size() + 4;
        widths = new int[headings.size()];
        count = format("0");
        percent = format("0.0%");
        decimal = format("0.0");
    }

    public static byte[] write(Statistics statistics) {
        return write(StatisticsTable.of(statistics));
    }

    public static byte[] write(StatisticsByItem statistics) {
        return write(StatisticsTable.of(statistics));
    }

    public static String filename(Statistics statistics) {
        return StatisticsTable.of(statistics).filename("xlsx");
    }

    public static String filename(StatisticsByItem statistics) {
        return StatisticsTable.of(statistics).filename("xlsx");
    }

    private static byte[] write(StatisticsTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new StatisticsWorkbook(workbook, table).fill();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill() {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(table.title() + "（" + table.period() + "）");
        title.getCell(0).setCellStyle(bold(14));

        Row headingRow = sheet.createRow(HEADING_ROW);
        CellStyle heading = bold(11);
        heading.setBorderBottom(BorderStyle.THIN);
        heading.setAlignment(HorizontalAlignment.CENTER);
        for (int column = 0; column < headings.size(); column++) {
            headingRow.createCell(column).setCellValue(headings.get(column));
            headingRow.getCell(column).setCellStyle(heading);
            measure(column, headings.get(column));
        }
        int r = HEADING_ROW + 1;
        for (StatisticsTable.Line line : table.lines()) {
            row(sheet.createRow(r++), line);
        }
        int last = r - 1;
        // Title and headings stay in view and repeat on every printed page. No column is frozen: the title runs on
        // across the empty cells beside it, which a frozen column's edge would cut.
        sheet.createFreezePane(0, HEADING_ROW + 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((HEADING_ROW + 1) + ":" + (HEADING_ROW + 1)));
        sheet.setAutoFilter(new CellRangeAddress(HEADING_ROW, Math.max(HEADING_ROW, last), 0, headings.size() - 1));
        sheet.getPrintSetup().setLandscape(true);
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, Math.min(widths[column] + 3, 60) * 256);
        }

        r++;
        for (String note : table.notes()) {
            sheet.createRow(r++).createCell(0).setCellValue(note);
        }
        if (table.chart() && table.lines().stream().anyMatch(line -> line.figures().onTimePercent() != null)) {
            chart(HEADING_ROW + 1, last, r + 1, table.period());
        }
    }

    private void row(Row row, StatisticsTable.Line line) {
        int column = 0;
        for (String text : line.leading()) {
            text(row, column++, text);
        }
        Figures figures = line.figures();
        number(row, column++, figures.received(), count);
        number(row, column++, figures.accepted(), count);
        number(row, column++, figures.completed(), count);
        number(row, column++, figures.completedOnTime(), count);
        // Left empty when there is nothing to measure, as in the CSV: a 0 would read as a rate of none on time.
        if (figures.onTimePercent() != null) {
            number(row, column, figures.onTimePercent().movePointLeft(2).doubleValue(), percent);
        }
        column++;
        if (figures.averageWorkingDays() != null) {
            number(row, column, figures.averageWorkingDays().doubleValue(), decimal);
        }
        column++;
        number(row, column++, figures.warnings(), count);
        number(row, column++, figures.yellowCards(), count);
        number(row, column++, figures.redCards(), count);
        for (String text : line.trailing()) {
            text(row, column++, text);
        }
    }

    /** Horizontal bars, the units in the table's order from the top, the rate from 0 to 100 %. */
    private void chart(int first, int last, int top, String period) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.max(16, (last - first + 1) + 6);
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, 9, top + height));
        chart.setTitleText("各单位按时办结率（" + period + "）");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis units = chart.createCategoryAxis(AxisPosition.LEFT);
        units.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis rate = chart.createValueAxis(AxisPosition.BOTTOM);
        // With the categories reversed the rate's axis would stand at the top; it crosses at the last unit instead.
        rate.setCrosses(AxisCrosses.MAX);
        rate.setMinimum(0);
        rate.setMaximum(1);
        rate.setMajorUnit(0.2);
        rate.setCrossBetween(AxisCrossBetween.BETWEEN);
        rate.setNumberFormat("0%");
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, units, rate);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        bars.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, name, name)),
                        XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, onTime, onTime)))
                .setTitle(headings.get(onTime), null);
        chart.plot(bars);
        // Whole percentages on the axis, not the cells' 0.0 %, which POI would link the axis to.
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
    }

    private void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
        measure(column, value);
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }

    /** Column widths from the longest text, a Chinese character counting two: autosizing needs the fonts installed. */
    private void measure(int column, String text) {
        int width = text == null ? 0 : text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
        widths[column] = Math.max(widths[column], width);
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    private CellStyle bold(int points) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
