package cn.gridservice.desk.customer.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) into rows of text: dates as {@code
 * 2026-03-01}, numbers without exponent or trailing {@code .0} (a customer number typed as a number
 * stays whole), formulas by their last computed value.
 */
public final class XlsxRows {

  private XlsxRows() {}

  /**
   * @throws IOException when the content is no readable workbook
   */
  public static List<SheetRow> read(byte[] content, int maxRows) throws IOException {
    List<SheetRow> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        return rows;
      }
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        SheetRow read = new SheetRow(row.getRowNum() + 1, cells);
        if (!read.isBlank()) {
          rows.add(read);
          if (rows.size() > maxRows) {
            break;
          }
        }
      }
    } catch (RuntimeException e) {
      // POI reports a damaged or foreign file with unchecked exceptions
      throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
    }
    return rows;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getStringCellValue().strip();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case BLANK, ERROR, _NONE -> "";
      default -> formatter.formatCellValue(cell).strip();
    };
  }
}
