package org.opencounty.catalogue.spreadsheet;

/** An exported workbook (.xlsx) and the file name to offer it under. */
public record Spreadsheet(String filename, byte[] content) {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
