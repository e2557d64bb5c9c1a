package cn.gridservice.desk.customer.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.InvalidInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading an import file, its header and its values, without the database. */
class CustomerImportFileTest {

  @Test
  void anExcelWorkbookIsReadWithDatesAndNumbersAsTheSheetShowsThem() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("客户");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("户号*");
      header.createCell(1).setCellValue("投运日期");
      header.createCell(2).setCellValue("户名");
      Row row = sheet.createRow(2); // row 2 (Excel's) left empty
      row.createCell(0).setCellValue(3305000001d);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      row.createCell(1).setCellValue(LocalDate.of(2024, 5, 6));
      row.getCell(1).setCellStyle(date);
      row.createCell(2).setCellValue(" 张建华 ");
      workbook.write(out);
      xlsx = out.toByteArray();
    }
    List<SheetRow> rows = CustomerImport.read("客户.xlsx", xlsx);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).number()).isEqualTo(3);
    assertThat(rows.get(1).cells()).containsExactly("3305000001", "2024-05-06", "张建华");
  }

  @Test
  void filesOfOtherKindsAreRefusedAsAWhole() {
    assertThat(fileProblem("a.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
        .isEqualTo(text("invalid.import.oldExcel"));
    assertThat(fileProblem("photo.png", "abc".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(text("invalid.import.format"));
    assertThat(fileProblem("a.csv", new byte[0])).isEqualTo(text("invalid.import.fileRequired"));
    assertThat(fileProblem("a.csv", new byte[CustomerImport.MAX_BYTES + 1]))
        .isEqualTo(text("invalid.import.tooLarge", 2));
    assertThat(fileProblem("a.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}))
        .isEqualTo(text("invalid.import.unreadable"));
  }

  @Test
  void headersAreKnownByTheirChineseOrEnglishTitleOrCode() {
    Map<ImportColumn, Integer> columns =
        CustomerImport.columns(
            new SheetRow(1, List.of("户号*", "Name", "category", " 区 域 ", "备注", "联系电话", "Address")));
    assertThat(columns)
        .containsEntry(ImportColumn.CUSTOMER_NO, 0)
        .containsEntry(ImportColumn.NAME, 1)
        .containsEntry(ImportColumn.CATEGORY, 2)
        .containsEntry(ImportColumn.AREA, 3)
        .containsEntry(ImportColumn.PHONE, 5)
        .containsEntry(ImportColumn.ADDRESS, 6)
        .hasSize(6);
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsRefused() {
    assertThatThrownBy(() -> CustomerImport.columns(new SheetRow(1, List.of("户号", "户名", "户名"))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fields(Locale.CHINESE))
                    .containsKeys("file", "columns")
                    .extractingByKey("columns")
                    .asString()
                    .contains("用电类别 (category)", "区域 (area)", "联系电话 (phone)", "用电地址 (address)"));
  }

  @Test
  void valuesAreReadInBothLanguagesAndBadOnesAreFieldProblems() {
    Map<ImportColumn, Integer> columns =
        CustomerImport.columns(
            new SheetRow(1, Arrays.stream(ImportColumn.values()).map(ImportColumn::code).toList()));
    InvalidInput.Collector problems = InvalidInput.collect();
    CustomerForm form =
        CustomerImport.form(
            row(
                "3305000001",
                "钱塘云",
                "高压双电源",
                "Rural",
                "是",
                "N",
                "1",
                "华主管",
                "057186000033",
                "",
                "杭州市",
                "10kV 江东线",
                "custmgr",
                "UPS",
                "UPS-400K",
                "S1",
                "2024/3/5",
                "2027-03-05"),
            columns,
            problems);
    assertThat(problems.isEmpty()).isTrue();
    assertThat(form.getCategory()).isEqualTo(CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE);
    assertThat(form.getArea()).isEqualTo(Area.RURAL);
    assertThat(form.isHighRisk()).isTrue();
    assertThat(form.isImportant()).isFalse();
    assertThat(form.isKeyAccount()).isTrue();
    assertThat(form.getEquipment())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.getInstalledOn()).isEqualTo(LocalDate.of(2024, 3, 5));
              assertThat(line.getWarrantyEnd()).isEqualTo(LocalDate.of(2027, 3, 5));
            });

    InvalidInput.Collector bad = InvalidInput.collect();
    CustomerImport.form(
        row(
            "3305000002",
            "x",
            "工业",
            "城区",
            "也许",
            "",
            "",
            "",
            "13805710001",
            "",
            "杭州",
            "",
            "",
            "UPS",
            "",
            "",
            "昨天",
            ""),
        columns,
        bad);
    assertThat(bad.exception().fields(Locale.CHINESE))
        .containsOnlyKeys("category", "highRisk", "equipment[0].installedOn");
  }

  @Test
  void theReportNamesRowsAndTheColumnsAsTheFileTitledThem() {
    Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
    headers.put(ImportColumn.PHONE, "电话号码");
    InvalidInput rowProblems =
        InvalidInput.collect()
            .add("phone", "invalid.contact.phone.format", "123")
            .add(
                "equipment[0].warrantyEnd", "invalid.customer.equipment.warrantyBeforeInstalled", 1)
            .exception();
    ImportRefused refused =
        new ImportRefused(List.of(new ImportRefused.RowProblems(7, rowProblems, headers)), 12);
    assertThat(refused.report(Locale.CHINESE))
        .extracting(ImportRefused.RowProblem::row, ImportRefused.RowProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7, "电话号码"),
            org.assertj.core.groups.Tuple.tuple(7, "质保截止"));
    assertThat(refused.report(Locale.ENGLISH).get(1).column()).isEqualTo("Warranty until");
    assertThat(refused.badRows()).isEqualTo(1);
    assertThat(refused.rowsRead()).isEqualTo(12);
  }

  @Test
  void bothTemplatesReadBackAsAHeaderWithEveryColumn() throws IOException {
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      List<SheetRow> xlsx = XlsxRows.read(ImportTemplate.xlsx(locale), 10);
      assertThat(CustomerImport.columns(xlsx.get(0))).hasSize(ImportColumn.values().length);
      List<SheetRow> csv = CsvRows.read(ImportTemplate.csv(locale), 10);
      assertThat(CustomerImport.columns(csv.get(0))).hasSize(ImportColumn.values().length);
    }
    assertThat(new String(ImportTemplate.csv(Locale.CHINESE), StandardCharsets.UTF_8))
        .startsWith("\uFEFF户号*,户名*");
  }

  private static SheetRow row(String... cells) {
    return new SheetRow(2, List.of(cells));
  }

  private static String fileProblem(String name, byte[] content) {
    try {
      CustomerImport.read(name, content);
      return null;
    } catch (InvalidInput e) {
      return e.fields().get("file");
    }
  }

  private static String text(String key, Object... args) {
    return InvalidInput.of("x", key, args).fields().get("x");
  }
}
