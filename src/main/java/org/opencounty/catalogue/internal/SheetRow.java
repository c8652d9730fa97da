package org.opencounty.catalogue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.opencounty.catalogue.spreadsheet.ImportError;
import org.opencounty.catalogue.internal.CatalogueLines.BadValue;
import org.opencounty.catalogue.internal.CatalogueSheets.Column;

/**
 * One data row being read: typed values of its cells, each problem recorded against its cell so that
 * the whole workbook is checked before anything is refused.
 */
final class SheetRow {

    interface Parser<T> {
        T parse(String text) throws BadValue;
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private final String sheet;
    private final Row row;
    private final Map<Column, Integer> columns;
    private final List<ImportError> errors = new ArrayList<>();
    private final Set<Column> failed = new HashSet<>();

    SheetRow(String sheet, Row row, Map<Column, Integer> columns) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
    }

    int number() {
        return row.getRowNum() + 1;
    }

    String text(Column column) {
        Cell cell = cell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case ERROR -> {
                error(column, "单元格是错误值（如#N/A），请填写内容");
                yield "";
            }
            default -> "";
        };
    }

    /** Text that may be left empty: null then, as in content written through the API. */
    String optional(Column column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    Integer integer(Column column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            error(column, "应填写整数，不能是“" + text + "”");
            return null;
        }
    }

    BigDecimal decimal(Column column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
        } catch (NumberFormatException e) {
            error(column, "应填写金额数字（元），不能是“" + text + "”");
            return null;
        }
    }

    LocalDate date(Column column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        error(column, "应填写日期，如2026-01-01，不能是“" + text + "”");
        return null;
    }

    <T> T value(Column column, Parser<T> parser) {
        try {
            return parser.parse(text(column));
        } catch (BadValue e) {
            error(column, e.getMessage());
            return null;
        }
    }

    /** Every line of a list cell is parsed and every bad line reported, numbered as staff count them. */
    <T> List<T> lines(Column column, Parser<T> parser) {
        List<T> values = new ArrayList<>();
        List<String> lines = CatalogueLines.lines(text(column));
        for (int i = 0; i < lines.size(); i++) {
            try {
                values.add(parser.parse(lines.get(i)));
            } catch (BadValue e) {
                error(column, (lines.size() > 1 ? "第" + (i + 1) + "条：" : "") + e.getMessage());
            }
        }
        return values;
    }

    void error(Column column, String message) {
        failed.add(column);
        Integer index = columns.get(column);
        errors.add(new ImportError(sheet, number(), index == null ? null : CellReference.convertNumToColString(index),
                column.title(), message));
    }

    List<ImportError> errors() {
        return errors;
    }

    boolean failed(Column column) {
        return failed.contains(column);
    }

    boolean isBlank() {
        return columns.keySet().stream().allMatch(column -> {
            Cell cell = cell(column);
            return cell == null || cell.getCellType() == CellType.BLANK
                    || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
        });
    }

    private Cell cell(Column column) {
        Integer index = columns.get(column);
        return index == null ? null : row.getCell(index);
    }

    /** 20 rather than 20.0: Excel stores every number as a double. */
    private static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
    }
}
