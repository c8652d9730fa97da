package org.opencounty.extranet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The registry as CSV (UTF-8 with BOM, for Excel) and as an Excel workbook, one row per unit. */
public final class ExtranetExport {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADINGS = List.of("单位代码", "单位", "类别", "状态", "运营商", "交换机型号", "网管型", "地址段",
            "接通日期", "网络联系人", "联系电话", "逾期未接通");

    private ExtranetExport() {
    }

    public static byte[] csv(ExtranetProgress progress, List<ExtranetConnection> connections) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(HEADINGS.stream()));
        connections.forEach(c -> out.append(line(cells(c, progress).stream())));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] workbook(ExtranetProgress progress, List<ExtranetConnection> connections) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("外网接入" + progress.today());
            Row heading = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                heading.createCell(i).setCellValue(HEADINGS.get(i));
            }
            int r = 1;
            for (ExtranetConnection c : connections) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(c, progress);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(ExtranetConnection c, ExtranetProgress progress) {
        return List.of(c.unitCode(), c.unitName(), c.unitKind().label(), c.status().label(), c.carrier(), c.switchModel(),
                c.switchManaged() ? "是" : "否", c.addressRange(), c.connectedOn() == null ? "" : c.connectedOn().toString(),
                c.contactName(), c.contactPhone(), c.pastDeadline(progress.deadline(), progress.today()) ? "是" : "");
    }

    private static String line(Stream<String> cells) {
        return cells.map(ExtranetExport::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** Quoted where needed; a leading =, +, - or @ is defused so that no cell opens as a formula (CSV injection). */
    static String cell(String value) {
        String text = value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        boolean quote = text.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
