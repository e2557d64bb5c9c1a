package cn.gridservice.desk.customer.admin;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.InvalidInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template in the user's language: the header row (required columns marked {@code *})
 * and, in the workbook, a second sheet with the values each column takes.
 */
public final class ImportTemplate {

  private ImportTemplate() {}

  /** UTF-8 with a byte-order mark, so that Excel opens the Chinese titles correctly. */
  public static byte[] csv(Locale locale) {
    String header =
        Arrays.stream(ImportColumn.values())
            .map(c -> c.title(locale))
            .collect(Collectors.joining(","));
    byte[] text = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    return withBom;
  }

  public static byte[] xlsx(Locale locale) {
    ResourceBundle bundle = InvalidInput.bundle(locale);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet customers = workbook.createSheet(bundle.getString("customerImport.sheet.customers"));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      Row header = customers.createRow(0);
      ImportColumn[] columns = ImportColumn.values();
      for (int i = 0; i < columns.length; i++) {
        header.createCell(i).setCellValue(columns[i].title(locale));
        header.getCell(i).setCellStyle(bold);
        // numbers typed into these columns stay text (a leading 0 of a landline survives)
        customers.setDefaultColumnStyle(i, text);
        customers.setColumnWidth(i, 16 * 256);
      }
      customers.createFreezePane(0, 1);

      Sheet help = workbook.createSheet(bundle.getString("customerImport.sheet.values"));
      int r = 0;
      r =
          line(
              help,
              r,
              bundle.getString("customerImport.column.category"),
              Arrays.stream(CustomerCategory.values())
                  .map(c -> bundle.getString("category." + c.name()))
                  .toArray(String[]::new));
      r =
          line(
              help,
              r,
              bundle.getString("customerImport.column.area"),
              Arrays.stream(Area.values())
                  .map(a -> bundle.getString("area." + a.name()))
                  .toArray(String[]::new));
      r =
          line(
              help,
              r,
              bundle.getString("customerImport.values.flags"),
              bundle.getString("yes"),
              bundle.getString("no"));
      r = line(help, r, bundle.getString("customerImport.values.dates"), "2026-03-01");
      line(
          help,
          r,
          bundle.getString("customerImport.values.limits"),
          bundle
              .getString("customerImport.values.limitsText")
              .replace("{0}", String.valueOf(CustomerImport.MAX_ROWS))
              .replace("{1}", String.valueOf(CustomerImport.MAX_BYTES / (1024 * 1024))));
      help.setColumnWidth(0, 24 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int line(Sheet sheet, int rowIndex, String title, String... values) {
    Row row = sheet.createRow(rowIndex);
    row.createCell(0).setCellValue(title);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i + 1).setCellValue(values[i]);
    }
    return rowIndex + 1;
  }
}
