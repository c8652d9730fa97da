package org.opencounty.catalogue.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opencounty.catalogue.FeeContent;
import org.opencounty.catalogue.spreadsheet.ImportError;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.catalogue.internal.CatalogueSheets.Column;
import org.opencounty.catalogue.internal.CatalogueSheets.FeeColumn;
import org.opencounty.catalogue.internal.CatalogueSheets.ItemColumn;

/**
 * Reads a workbook in the layout of {@link CatalogueSheets} into contents, recording every cell that does
 * not follow its format. The rules of the contents themselves are {@link ItemRules}', applied by {@link ImportPlan}.
 */
public final class WorkbookReader {

    /** An item as read; its fees are still names, resolved by {@link ImportPlan}. */
    public record ItemRow(int row, ServiceItemContent item, List<String> feeNames, SheetRow cells) {
    }

    public record FeeRow(int row, FeeContent fee, SheetRow cells) {
    }

    /** The rows read, each with its cells' errors; {@code headerErrors} are those of the title rows. */
    public record Parsed(List<ItemRow> items, List<FeeRow> fees, List<ImportError> headerErrors) {
    }

    public static final int MAX_ROWS = 2000;

    private final List<ImportError> errors = new ArrayList<>();

    private WorkbookReader() {
    }

    /** Refuses a file that is no readable workbook, lacks both sheets, is empty or too long; else reads it all. */
    public static Parsed read(byte[] bytes) {
        UploadCheck.check(bytes);
        try (XSSFWorkbook workbook = open(bytes)) {
            Sheet items = sheet(workbook, CatalogueSheets.ITEMS);
            Sheet fees = sheet(workbook, CatalogueSheets.FEES);
            if (items == null && fees == null) {
                throw UploadCheck.refused("工作簿中没有名为“事项”或“收费”的工作表，请以导出的工作簿为模板填写");
            }
            WorkbookReader reader = new WorkbookReader();
            Map<Column, Integer> itemColumns = reader.header(items, ItemColumn.values());
            Map<Column, Integer> feeColumns = reader.header(fees, FeeColumn.values());
            List<SheetRow> itemRows = reader.dataRows(items, itemColumns);
            List<SheetRow> feeRows = reader.dataRows(fees, feeColumns);
            int count = itemRows.size() + feeRows.size();
            if (count > MAX_ROWS) {
                throw UploadCheck.refused("数据超过" + MAX_ROWS + "行的上限（事项和收费合计），请拆分后分批导入");
            }
            if (count == 0 && reader.errors.isEmpty()) {
                throw UploadCheck.refused("工作簿中没有可导入的数据行（第1行是表头，数据从第2行开始）");
            }
            return new Parsed(itemRows.stream().map(WorkbookReader::item).toList(), feeRows.stream().map(WorkbookReader::fee).toList(),
                    List.copyOf(reader.errors));
        } catch (IOException e) {
            throw UploadCheck.refused("文件已损坏或不是有效的.xlsx工作簿");
        }
    }

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI signals a bomb, a zip that is no workbook and broken XML with assorted exception types.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                    throw UploadCheck.refused("文件压缩比异常，疑似压缩炸弹，已拒绝");
                }
            }
            throw UploadCheck.refused("无法读取该文件，请上传用Excel或WPS保存的.xlsx工作簿");
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().equals(name)) {
                return sheet;
            }
        }
        return null;
    }

    /** Finds each column by its title in row 1; a missing, unknown or repeated title is an error. */
    private Map<Column, Integer> header(Sheet sheet, Column[] expected) {
        Map<Column, Integer> columns = new HashMap<>();
        if (sheet == null) {
            return columns;
        }
        Row header = sheet.getRow(0);
        if (header != null) {
            for (Cell cell : header) {
                String title = cell.toString().strip();
                if (title.isEmpty()) {
                    continue;
                }
                String letter = CellReference.convertNumToColString(cell.getColumnIndex());
                Column column = find(expected, title);
                if (column == null) {
                    errors.add(new ImportError(sheet.getSheetName(), 1, letter, title, "无法识别的列“" + title + "”，请以导出的工作簿为模板填写"));
                } else if (columns.containsKey(column)) {
                    errors.add(new ImportError(sheet.getSheetName(), 1, letter, title, "列“" + column.title() + "”重复"));
                } else {
                    columns.put(column, cell.getColumnIndex());
                }
            }
        }
        for (Column column : expected) {
            if (!columns.containsKey(column)) {
                errors.add(new ImportError(sheet.getSheetName(), 1, null, column.title(), "缺少列“" + column.title() + "”"));
            }
        }
        return columns;
    }

    private static Column find(Column[] expected, String title) {
        for (Column column : expected) {
            if (CatalogueSheets.normalTitle(column.title()).equals(CatalogueSheets.normalTitle(title))) {
                return column;
            }
        }
        return null;
    }

    private List<SheetRow> dataRows(Sheet sheet, Map<Column, Integer> columns) {
        List<SheetRow> rows = new ArrayList<>();
        if (sheet == null || columns.isEmpty()) {
            return rows;
        }
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            SheetRow cells = new SheetRow(sheet.getSheetName(), row, columns);
            if (!cells.isBlank()) {
                rows.add(cells);
            }
            if (rows.size() > MAX_ROWS) {
                break;
            }
        }
        return rows;
    }

    private static ItemRow item(SheetRow r) {
        ServiceItemContent item = new ServiceItemContent(r.optional(ItemColumn.NAME), null, null,
                r.value(ItemColumn.TYPE, SheetValues::parseItemType), r.value(ItemColumn.TARGET, SheetValues::parseTarget), null,
                r.optional(ItemColumn.SECTION), r.lines(ItemColumn.LEGAL_BASIS, CatalogueLines::parseLegalBasis),
                r.lines(ItemColumn.CONDITIONS, CatalogueLines::parseCondition), r.lines(ItemColumn.MATERIALS, CatalogueLines::parseMaterial),
                r.lines(ItemColumn.PROCEDURE, CatalogueLines::parseStep), r.integer(ItemColumn.STATUTORY), r.integer(ItemColumn.PROMISED),
                r.integer(ItemColumn.VISITS), r.value(ItemColumn.FORMS, SheetValues::parseHandlingForms),
                r.value(ItemColumn.ONLINE, SheetValues::parseYesNo), r.optional(ItemColumn.LOCATION), r.optional(ItemColumn.HOURS),
                r.optional(ItemColumn.PHONE), r.optional(ItemColumn.CONSULTATION), r.optional(ItemColumn.COMPLAINT),
                r.value(ItemColumn.CHARGED, SheetValues::parseCharged), List.of(), r.lines(ItemColumn.FAQ, CatalogueLines::parseFaq));
        return new ItemRow(r.number(), item, CatalogueLines.parseNames(r.text(ItemColumn.FEES)), r);
    }

    private static FeeRow fee(SheetRow r) {
        FeeContent fee = new FeeContent(r.value(FeeColumn.KIND, SheetValues::parseFeeKind), r.optional(FeeColumn.NAME),
                r.decimal(FeeColumn.AMOUNT), r.optional(FeeColumn.UNIT), r.optional(FeeColumn.REDUCTIONS), r.optional(FeeColumn.BASIS),
                r.optional(FeeColumn.DOCUMENT), r.optional(FeeColumn.SECTION), r.date(FeeColumn.VALID_FROM), r.date(FeeColumn.VALID_UNTIL));
        return new FeeRow(r.number(), fee, r);
    }
}
