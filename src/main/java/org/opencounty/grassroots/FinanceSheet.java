package org.opencounty.grassroots;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opencounty.common.DomainException;

/**
 * A month's (or quarter's) finance from an Excel workbook (.xlsx), the way the catalogue imports guides: row 1 names the
 * columns 日期, 摘要, 收支, 金额, 往来单位, 凭证号 (in any order); each further row is a line, except rows whose 摘要 is
 * 期初余额 or 期末余额, which give the balances. Every cell that is wrong is named as Excel names it (C4), and nothing is
 * taken until all are right. Numbers typed as numbers are read exactly as Excel shows them, never through a binary
 * fraction's tail.
 */
public final class FinanceSheet {

    public static final long MAX_BYTES = 2L << 20;
    public static final int MAX_ROWS = FinanceInput.MAX_LINES;

    /** One wrong cell, as Excel names it, with the column's title. */
    public record CellError(String cell, String header, String message) {
    }

    /** The workbook with wrong cells: nothing of it is taken, and every cell is listed. */
    public static class SheetRefused extends DomainException {

        private final List<CellError> errors;

        SheetRefused(String message, List<CellError> errors) {
            super("IMPORT_INVALID", message, Map.of("file", message));
            this.errors = List.copyOf(errors);
        }

        public List<CellError> errors() {
            return errors;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("errors", errors);
        }

        @Override
        public int status() {
            return 422;
        }
    }

    private static final Map<String, String> HEADERS = Map.of("日期", "date", "摘要", "item", "收支", "direction",
            "金额", "amount", "往来单位", "counterpart", "凭证号", "voucher");

    private FinanceSheet() {
    }

    /** The statement as written in the workbook, checked against the period; refused with every wrong cell. */
    public static FinanceInput read(byte[] bytes, DisclosurePeriod period) {
        if (bytes == null || bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new SheetRefused("请上传用 Excel 或 WPS 保存的 .xlsx 工作簿", List.of());
        }
        if (bytes.length > MAX_BYTES) {
            throw new SheetRefused("工作簿不能超过 2 MB", List.of());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(workbook.getSheetAt(0), period);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetRefused refused) {
                throw refused;
            }
            throw new SheetRefused("无法读取该文件（已损坏、加密或不是 .xlsx 工作簿）", List.of());
        }
    }

    private static FinanceInput read(Sheet sheet, DisclosurePeriod period) {
        DataFormatter shown = new DataFormatter();
        Row header = sheet.getRow(0);
        Map<String, Integer> columns = new LinkedHashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String field = HEADERS.get(shown.formatCellValue(cell).strip());
                if (field != null) {
                    columns.putIfAbsent(field, cell.getColumnIndex());
                }
            }
        }
        List<CellError> errors = new ArrayList<>();
        for (Map.Entry<String, String> expected : HEADERS.entrySet()) {
            if (!columns.containsKey(expected.getValue()) && !expected.getValue().equals("counterpart") && !expected.getValue().equals("voucher")) {
                errors.add(new CellError("第1行", expected.getKey(), "缺少“" + expected.getKey() + "”列（第1行为表头：日期、摘要、收支、金额、往来单位、凭证号）"));
            }
        }
        if (!errors.isEmpty()) {
            throw new SheetRefused("工作簿的表头不完整", errors);
        }
        String opening = "";
        String closing = "";
        List<FinanceInput.LineInput> lines = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String item = text(row, columns.get("item"), shown);
            String amount = amount(row, columns.get("amount"), shown);
            if (item.equals("期初余额")) {
                opening = amount;
                continue;
            }
            if (item.equals("期末余额")) {
                closing = amount;
                continue;
            }
            FinanceInput.LineInput line = new FinanceInput.LineInput(date(row, columns.get("date"), shown), item,
                    text(row, columns.get("direction"), shown), amount, text(row, columns.get("counterpart"), shown),
                    text(row, columns.get("voucher"), shown));
            if (line.blank() && line.direction().isEmpty()) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw new SheetRefused("收支明细超过 " + MAX_ROWS + " 行", List.of());
            }
            lines.add(line);
            rowNumbers.add(r + 1);
        }
        FinanceInput input = new FinanceInput(opening, lines, closing);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        input.read(period, new FinanceInput.Places() {
            public String of(int line, String field) {
                String cell = letter(columns.getOrDefault(field.equals("counterpart") ? "counterpart" : field, 0)) + rowNumbers.get(line);
                headers.put(cell, title(field));
                return cell;
            }

            public String total(String field) {
                String name = field.equals("opening") ? "期初余额" : field.equals("closing") ? "期末余额" : "收支明细";
                headers.put(name, name);
                return name;
            }
        }, problems);
        if (!problems.isEmpty()) {
            throw new SheetRefused("工作簿中有 " + problems.size() + " 处错误，未导入任何内容，请修改后重新上传",
                    problems.entrySet().stream().map(p -> new CellError(p.getKey(), headers.get(p.getKey()), p.getValue())).toList());
        }
        return input;
    }

    private static String title(String field) {
        return HEADERS.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey).findFirst().orElse(field);
    }

    static String letter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    private static String text(Row row, Integer column, DataFormatter shown) {
        if (column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : shown.formatCellValue(cell).strip();
    }

    /** A date cell as 2026-07-05; a date typed as text is left as typed for the rule to judge. */
    private static String date(Row row, Integer column, DataFormatter shown) {
        Cell cell = column == null ? null : row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return text(row, column, shown).replace('/', '-');
    }

    /**
     * A number cell as its shortest decimal (12600.1 stays 12600.1, never 12600.100000000000364); text as typed. More
     * than two decimals stay visible, so that the rule refuses them instead of rounding.
     */
    private static String amount(Row row, Integer column, DataFormatter shown) {
        Cell cell = column == null ? null : row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return text(row, column, shown);
    }
}
