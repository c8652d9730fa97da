package org.opencounty.catalogue.spreadsheet;

/**
 * One problem in an imported workbook, where staff find it in Excel: sheet, row number (the header is
 * row 1), column letter and title. {@code column} is null when a whole column is missing.
 */
public record ImportError(String sheet, int row, String column, String header, String message) {
}
