package org.opencounty.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
 * The statistics as an Excel workbook (.xlsx): the CSV's rows, but with the figures as numbers, so that staff can
 * sum, sort and chart them without converting text first; the on-time rate as a percentage; the period in the title
 * and the sheet's name; and a bar chart of the on-time rate per unit that Excel draws from the cells themselves.
 * A text cell is never a formula, so unlike the CSV nothing needs defusing.
 */
public final class StatisticsWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADINGS = List.of("单位代码", "单位名称", "收件", "受理", "办结", "按时办结", "按时办结率",
            "平均办理工作日", "预警", "黄牌", "红牌", "等级");
    private static final int HEADING_ROW = 1;

    private static final int NAME = 1;
    private static final int ON_TIME = 6;
    private static final int AVERAGE = 7;
    private static final int GRADE = 11;

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final CellStyle count;
    private final CellStyle percent;
    private final CellStyle decimal;
    private final int[] widths = new int[HEADINGS.size()];

    private StatisticsWorkbook(XSSFWorkbook workbook, Statistics statistics) {
        this.workbook = workbook;
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName("监察统计 " + statistics.from() + "至" + statistics.to()));
        count = format("0");
        percent = format("0.0%");
        decimal = format("0.0");
    }

    public static byte[] write(Statistics statistics) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new StatisticsWorkbook(workbook, statistics).fill(statistics);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String filename(Statistics statistics) {
        return "supervision-statistics-" + statistics.from() + "-" + statistics.to() + ".xlsx";
    }

    private void fill(Statistics statistics) {
        String period = statistics.from() + " 至 " + statistics.to();
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("电子监察统计与考核（" + period + "）");
        title.getCell(0).setCellStyle(bold(14));

        Row headings = sheet.createRow(HEADING_ROW);
        CellStyle heading = bold(11);
        heading.setBorderBottom(BorderStyle.THIN);
        heading.setAlignment(HorizontalAlignment.CENTER);
        for (int column = 0; column < HEADINGS.size(); column++) {
            headings.createCell(column).setCellValue(HEADINGS.get(column));
            headings.getCell(column).setCellStyle(heading);
            measure(column, HEADINGS.get(column));
        }
        int r = HEADING_ROW + 1;
        for (UnitStatistics unit : statistics.units()) {
            row(sheet.createRow(r++), unit);
        }
        int last = r - 1;
        // Title and headings stay in view and repeat on every printed page. No column is frozen: the title runs on
        // across the empty cells beside it, which a frozen column's edge would cut.
        sheet.createFreezePane(0, HEADING_ROW + 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((HEADING_ROW + 1) + ":" + (HEADING_ROW + 1)));
        sheet.setAutoFilter(new CellRangeAddress(HEADING_ROW, Math.max(HEADING_ROW, last), 0, HEADINGS.size() - 1));
        sheet.getPrintSetup().setLandscape(true);
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, Math.min(widths[column] + 3, 60) * 256);
        }

        r++;
        sheet.createRow(r++).createCell(0).setCellValue("考核等级：" + statistics.gradingRule());
        sheet.createRow(r++).createCell(0).setCellValue("按时办结率 = 期间内办结且不晚于承诺期限的件数 ÷ 期间内办结（有承诺期限）的件数，"
                + "向下取至0.1%；平均办理工作日为期间内作出决定的办件从受理到决定的工作日数。");
        if (statistics.units().stream().anyMatch(unit -> unit.onTimePercent() != null)) {
            chart(HEADING_ROW + 1, last, r + 1, period);
        }
    }

    private void row(Row row, UnitStatistics unit) {
        text(row, 0, unit.unitCode());
        text(row, NAME, unit.unitName());
        number(row, 2, unit.received(), count);
        number(row, 3, unit.accepted(), count);
        number(row, 4, unit.completed(), count);
        number(row, 5, unit.completedOnTime(), count);
        // Left empty when there is nothing to measure, as in the CSV: a 0 would read as a rate of none on time.
        if (unit.onTimePercent() != null) {
            number(row, ON_TIME, unit.onTimePercent().movePointLeft(2).doubleValue(), percent);
        }
        if (unit.averageWorkingDays() != null) {
            number(row, AVERAGE, unit.averageWorkingDays().doubleValue(), decimal);
        }
        number(row, 8, unit.warnings(), count);
        number(row, 9, unit.yellowCards(), count);
        number(row, 10, unit.redCards(), count);
        text(row, GRADE, unit.grade().label());
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
        bars.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, NAME, NAME)),
                        XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, ON_TIME, ON_TIME)))
                .setTitle(HEADINGS.get(ON_TIME), null);
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
