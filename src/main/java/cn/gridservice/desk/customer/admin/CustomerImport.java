package cn.gridservice.desk.customer.admin;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.changelog.ChangeAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports customers from an Excel workbook (.xlsx, first sheet) or a CSV file: the first row names
 * the columns ({@link ImportColumn}), every further row is one customer, with at most one piece of
 * equipment. All or nothing: every row is checked first, and one bad row stores no row at all; the
 * refusal ({@link ImportRefused}) reports each problem by row and column.
 */
@ApplicationScoped
public class CustomerImport {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  public static final int MAX_ROWS = 5000;

  @Inject CustomerAdministration customers;

  /** The result of an import that stored every row. */
  public record Imported(int customers, List<String> customerNos) {}

  /**
   * @throws InvalidInput when the file as a whole cannot be read (field {@code file})
   * @throws ImportRefused when a row has a problem; nothing is stored
   */
  @Transactional
  public Imported run(String fileName, byte[] content, String actor) {
    List<SheetRow> rows = read(fileName, content);
    if (rows.isEmpty()) {
      throw InvalidInput.of("file", "invalid.import.empty");
    }
    if (rows.size() - 1 > MAX_ROWS) {
      throw InvalidInput.of("file", "invalid.import.tooManyRows", MAX_ROWS);
    }
    Map<ImportColumn, Integer> columns = columns(rows.get(0));
    Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
    columns.forEach((column, index) -> headers.put(column, rows.get(0).cell(index)));
    List<SheetRow> data = rows.subList(1, rows.size()).stream().filter(r -> !r.isBlank()).toList();
    if (data.isEmpty()) {
      throw InvalidInput.of("file", "invalid.import.noRows");
    }

    List<CustomerForm> forms = new ArrayList<>();
    List<InvalidInput.Collector> problems = new ArrayList<>();
    Map<String, Integer> firstRowOf = new HashMap<>();
    for (SheetRow row : data) {
      InvalidInput.Collector rowProblems = InvalidInput.collect();
      CustomerForm form = form(row, columns, rowProblems);
      customers.checkNew(form, false, rowProblems);
      if (form.getCustomerNo() != null) {
        Integer first = firstRowOf.putIfAbsent(form.getCustomerNo(), row.number());
        if (first != null) {
          rowProblems.add(
              "customerNo", "invalid.import.duplicateInFile", form.getCustomerNo(), first);
        }
      }
      forms.add(form);
      problems.add(rowProblems);
    }
    Set<String> taken = customers.existing(firstRowOf.keySet());
    List<ImportRefused.RowProblems> refused = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      if (forms.get(i).getCustomerNo() != null && taken.contains(forms.get(i).getCustomerNo())) {
        problems
            .get(i)
            .add("customerNo", "invalid.customer.customerNo.taken", forms.get(i).getCustomerNo());
      }
      if (!problems.get(i).isEmpty()) {
        refused.add(
            new ImportRefused.RowProblems(
                data.get(i).number(), problems.get(i).exception(), headers));
      }
    }
    if (!refused.isEmpty()) {
      throw new ImportRefused(refused, data.size());
    }
    String file = fileName == null || fileName.isBlank() ? "upload" : fileName;
    for (int i = 0; i < data.size(); i++) {
      customers.store(
          forms.get(i), actor, ChangeAction.IMPORTED, file + ", row " + data.get(i).number());
    }
    return new Imported(forms.size(), forms.stream().map(CustomerForm::getCustomerNo).toList());
  }

  static List<SheetRow> read(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw InvalidInput.of("file", "invalid.import.fileRequired");
    }
    if (content.length > MAX_BYTES) {
      throw InvalidInput.of("file", "invalid.import.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
      try {
        return XlsxRows.read(content, MAX_ROWS + 1);
      } catch (IOException e) {
        throw InvalidInput.of("file", "invalid.import.unreadable");
      }
    }
    if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
      // the binary format of Excel 97–2003
      throw InvalidInput.of("file", "invalid.import.oldExcel");
    }
    if (!name.isEmpty() && !name.endsWith(".csv") && !name.endsWith(".txt")) {
      throw InvalidInput.of("file", "invalid.import.format");
    }
    for (byte b : content) {
      if (b == 0) {
        throw InvalidInput.of("file", "invalid.import.format");
      }
    }
    return CsvRows.read(content, MAX_ROWS + 1);
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  static Map<ImportColumn, Integer> columns(SheetRow header) {
    Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
    Set<String> repeated = new HashSet<>();
    for (int i = 0; i < header.cells().size(); i++) {
      int index = i;
      ImportColumn.byHeader(header.cell(i))
          .ifPresent(
              column -> {
                if (columns.putIfAbsent(column, index) != null) {
                  repeated.add(header.cell(index));
                }
              });
    }
    InvalidInput.Collector problems = InvalidInput.collect();
    if (!repeated.isEmpty()) {
      problems.add("file", "invalid.import.repeatedColumns", String.join(", ", repeated));
    }
    String missing =
        java.util.Arrays.stream(ImportColumn.values())
            .filter(c -> c.required() && !columns.containsKey(c))
            .map(
                c ->
                    InvalidInput.bundle(Locale.CHINESE).getString(c.titleKey())
                        + " ("
                        + c.code()
                        + ")")
            .collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      problems.add("columns", "invalid.import.missingColumns", missing);
    }
    problems.throwIfAny();
    return columns;
  }

  /** The customer of a row; values that cannot be read are noted as problems of their field. */
  static CustomerForm form(
      SheetRow row, Map<ImportColumn, Integer> columns, InvalidInput.Collector problems) {
    CustomerForm form = new CustomerForm();
    form.setCustomerNo(cell(row, columns, ImportColumn.CUSTOMER_NO));
    form.setName(cell(row, columns, ImportColumn.NAME));
    String category = cell(row, columns, ImportColumn.CATEGORY);
    if (!category.isEmpty()) {
      ImportValues.category(category)
          .ifPresentOrElse(
              form::setCategory,
              () -> problems.add("category", "invalid.import.categoryUnknown", category));
    }
    String area = cell(row, columns, ImportColumn.AREA);
    if (!area.isEmpty()) {
      ImportValues.area(area)
          .ifPresentOrElse(
              form::setArea, () -> problems.add("area", "invalid.import.areaUnknown", area));
    }
    form.setHighRisk(flag(row, columns, ImportColumn.HIGH_RISK, "highRisk", problems));
    form.setImportant(flag(row, columns, ImportColumn.IMPORTANT, "important", problems));
    form.setKeyAccount(flag(row, columns, ImportColumn.KEY_ACCOUNT, "keyAccount", problems));
    form.setContactName(cell(row, columns, ImportColumn.CONTACT_NAME));
    form.setPhone(cell(row, columns, ImportColumn.PHONE));
    form.setEmail(cell(row, columns, ImportColumn.EMAIL));
    form.setAddress(cell(row, columns, ImportColumn.ADDRESS));
    form.setFeeder(cell(row, columns, ImportColumn.FEEDER));
    form.setCustomerManager(cell(row, columns, ImportColumn.CUSTOMER_MANAGER));
    String equipment = cell(row, columns, ImportColumn.EQUIPMENT_NAME);
    String model = cell(row, columns, ImportColumn.EQUIPMENT_MODEL);
    String serial = cell(row, columns, ImportColumn.EQUIPMENT_SERIAL_NO);
    String installed = cell(row, columns, ImportColumn.INSTALLED_ON);
    String warranty = cell(row, columns, ImportColumn.WARRANTY_END);
    if (!(equipment + model + serial + installed + warranty).isEmpty()) {
      CustomerForm.EquipmentLine line = new CustomerForm.EquipmentLine();
      line.setName(equipment);
      line.setModel(model);
      line.setSerialNo(serial);
      line.setInstalledOn(date(installed, "equipment[0].installedOn", problems));
      line.setWarrantyEnd(date(warranty, "equipment[0].warrantyEnd", problems));
      form.setEquipment(List.of(line));
    }
    return form;
  }

  private static String cell(
      SheetRow row, Map<ImportColumn, Integer> columns, ImportColumn column) {
    Integer index = columns.get(column);
    return index == null ? "" : row.cell(index);
  }

  private static boolean flag(
      SheetRow row,
      Map<ImportColumn, Integer> columns,
      ImportColumn column,
      String field,
      InvalidInput.Collector problems) {
    String text = cell(row, columns, column);
    return ImportValues.flag(text)
        .orElseGet(
            () -> {
              problems.add(field, "invalid.import.flagUnknown", text);
              return false;
            });
  }

  private static java.time.LocalDate date(
      String text, String field, InvalidInput.Collector problems) {
    if (text.isEmpty()) {
      return null;
    }
    return ImportValues.date(text)
        .orElseGet(
            () -> {
              problems.add(field, "invalid.import.dateFormat", text);
              return null;
            });
  }
}
