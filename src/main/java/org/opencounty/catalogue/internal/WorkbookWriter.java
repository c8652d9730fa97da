package org.opencounty.catalogue.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opencounty.catalogue.FeeContent;
import org.opencounty.catalogue.FeeKind;
import org.opencounty.catalogue.ItemType;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.catalogue.ServiceTarget;
import org.opencounty.catalogue.internal.CatalogueSheets.Column;
import org.opencounty.catalogue.internal.CatalogueSheets.FeeColumn;
import org.opencounty.catalogue.internal.CatalogueSheets.ItemColumn;

/** Writes items and fees in the layout of {@link CatalogueSheets}, which {@link WorkbookReader} reads back. */
public final class WorkbookWriter {

    /** An item with the names of its fees, since ids mean nothing in a spreadsheet. */
    public record ItemRow(ServiceItemContent item, List<String> feeNames) {
    }

    /** Rows that get drop-down lists, enough for a unit's additions below the exported ones. */
    private static final int LISTED_ROWS = 2000;

    private static final Set<Column> NOT_TEXT = Set.of(ItemColumn.STATUTORY, ItemColumn.PROMISED, ItemColumn.VISITS,
            FeeColumn.AMOUNT, FeeColumn.VALID_FROM, FeeColumn.VALID_UNTIL);

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle date;

    private WorkbookWriter() {
        text = workbook.createCellStyle();
        // Text format keeps what staff type as typed: 01 stays 01, phone numbers keep their leading zero.
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        number = workbook.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
    }

    public static byte[] write(List<ItemRow> items, List<FeeContent> fees) {
        WorkbookWriter writer = new WorkbookWriter();
        try (XSSFWorkbook workbook = writer.workbook) {
            return writer.build(items, fees);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] build(List<ItemRow> items, List<FeeContent> fees) {
        Sheet itemSheet = sheet(CatalogueSheets.ITEMS, ItemColumn.values());
        int r = 1;
        for (ItemRow row : items) {
            writeItem(itemSheet.createRow(r++), row.item(), row.feeNames());
        }
        list(itemSheet, ItemColumn.TYPE, Arrays.stream(ItemType.values()).map(ItemType::label).toArray(String[]::new));
        list(itemSheet, ItemColumn.TARGET, Arrays.stream(ServiceTarget.values()).map(ServiceTarget::label).toArray(String[]::new));
        list(itemSheet, ItemColumn.ONLINE, "是", "否");
        list(itemSheet, ItemColumn.CHARGED, "是", "否");

        Sheet feeSheet = sheet(CatalogueSheets.FEES, FeeColumn.values());
        r = 1;
        for (FeeContent fee : fees) {
            writeFee(feeSheet.createRow(r++), fee);
        }
        list(feeSheet, FeeColumn.KIND, Arrays.stream(FeeKind.values()).map(FeeKind::label).toArray(String[]::new));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeItem(Row row, ServiceItemContent item, List<String> feeNames) {
        put(row, ItemColumn.NAME, item.name());
        put(row, ItemColumn.TYPE, SheetValues.itemType(item.type()));
        put(row, ItemColumn.TARGET, SheetValues.target(item.target()));
        put(row, ItemColumn.SECTION, item.handlingSection());
        put(row, ItemColumn.STATUTORY, item.statutoryLimitDays());
        put(row, ItemColumn.PROMISED, item.promisedLimitDays());
        put(row, ItemColumn.VISITS, item.visits());
        put(row, ItemColumn.FORMS, SheetValues.handlingForms(item.handlingForms()));
        put(row, ItemColumn.ONLINE, SheetValues.yesNo(item.onlineApplication()));
        put(row, ItemColumn.LOCATION, item.location());
        put(row, ItemColumn.HOURS, item.officeHours());
        put(row, ItemColumn.PHONE, item.phone());
        put(row, ItemColumn.CONSULTATION, item.consultation());
        put(row, ItemColumn.COMPLAINT, item.complaintChannel());
        put(row, ItemColumn.CHARGED, SheetValues.charged(item.free()));
        put(row, ItemColumn.FEES, CatalogueLines.names(feeNames));
        put(row, ItemColumn.LEGAL_BASIS, CatalogueLines.cell(item.legalBasis().stream().map(CatalogueLines::legalBasis).toList()));
        put(row, ItemColumn.CONDITIONS, CatalogueLines.cell(item.conditions().stream().map(CatalogueLines::condition).toList()));
        put(row, ItemColumn.MATERIALS, CatalogueLines.cell(item.materials().stream().map(CatalogueLines::material).toList()));
        put(row, ItemColumn.PROCEDURE, CatalogueLines.cell(item.procedure().stream().map(CatalogueLines::step).toList()));
        put(row, ItemColumn.FAQ, CatalogueLines.cell(item.faq().stream().map(CatalogueLines::faq).toList()));
    }

    private void writeFee(Row row, FeeContent fee) {
        put(row, FeeColumn.KIND, SheetValues.feeKind(fee.kind()));
        put(row, FeeColumn.NAME, fee.name());
        put(row, FeeColumn.AMOUNT, fee.amount());
        put(row, FeeColumn.UNIT, fee.unitOfCharge());
        put(row, FeeColumn.REDUCTIONS, fee.reductions());
        put(row, FeeColumn.BASIS, fee.legalBasis());
        put(row, FeeColumn.DOCUMENT, fee.approvingDocument());
        put(row, FeeColumn.SECTION, fee.section());
        put(row, FeeColumn.VALID_FROM, fee.validFrom());
        put(row, FeeColumn.VALID_UNTIL, fee.validUntil());
    }

    private Sheet sheet(String name, Column[] columns) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        Row row = sheet.createRow(0);
        for (Column column : columns) {
            int index = ((Enum<?>) column).ordinal();
            row.createCell(index).setCellValue(column.title());
            row.getCell(index).setCellStyle(header);
            sheet.setColumnWidth(index, column.width() * 256);
            if (!NOT_TEXT.contains(column)) {
                sheet.setDefaultColumnStyle(index, text);
            }
        }
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    private void list(Sheet sheet, Column column, String... choices) {
        int index = ((Enum<?>) column).ordinal();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        var validation = helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(1, LISTED_ROWS, index, index));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private void put(Row row, Column column, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return;
        }
        var cell = row.createCell(((Enum<?>) column).ordinal());
        switch (value) {
            case Integer n -> {
                cell.setCellValue(n);
                cell.setCellStyle(number);
            }
            case BigDecimal n -> {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
            }
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            }
            default -> {
                cell.setCellValue(value.toString());
                cell.setCellStyle(text);
            }
        }
    }
}
