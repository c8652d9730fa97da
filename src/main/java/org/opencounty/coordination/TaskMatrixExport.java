package org.opencounty.coordination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The matrix as CSV (UTF-8 with a byte-order mark, so that Excel on Chinese Windows reads it) and as an Excel
 * workbook: one row per unit, one column per task, each cell the unit's state. Values that would start a formula are
 * defused in CSV; in the workbook every cell is text.
 */
public final class TaskMatrixExport {

    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TaskMatrixExport() {
    }

    public static byte[] csv(TaskMatrix matrix) {
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines(matrix)) {
            text.append(line.stream().map(TaskMatrixExport::cell).collect(Collectors.joining(",", "", "\r\n")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static byte[] xlsx(TaskMatrix matrix) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("督办任务");
            int r = 0;
            for (List<String> line : lines(matrix)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.size(); c++) {
                    row.createCell(c).setCellValue(line.get(c));
                }
            }
            sheet.createFreezePane(3, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> lines(TaskMatrix matrix) {
        List<List<String>> lines = new ArrayList<>();
        List<String> heading = new ArrayList<>(List.of("单位代码", "单位", "类别"));
        matrix.tasks().forEach(task -> heading.add(task.title() + "（" + task.deadline() + "）"));
        heading.addAll(List.of("已完成", "逾期未完成"));
        lines.add(heading);
        for (TaskMatrix.Row row : matrix.rows()) {
            List<String> line = new ArrayList<>(List.of(row.unitCode(), row.unitName(), row.unitKind().label()));
            row.cells().forEach(state -> line.add(state == null ? "" : state.label()));
            line.add(String.valueOf(row.done()));
            line.add(String.valueOf(row.overdue()));
            lines.add(line);
        }
        return lines;
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
