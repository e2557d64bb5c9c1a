package cn.gridservice.desk.customer.admin;

import cn.gridservice.desk.platform.InvalidInput;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The columns of a customer import. A header cell names a column by its code ({@code customerNo})
 * or by its Chinese or English title in the bundles ({@code customerImport.column.customerNo}: 户号 /
 * Customer no.); case, spaces and a trailing {@code *} (how the template marks required columns) do
 * not matter.
 */
public enum ImportColumn {
  CUSTOMER_NO("customerNo", true),
  NAME("name", true),
  CATEGORY("category", true),
  AREA("area", true),
  HIGH_RISK("highRisk", false),
  IMPORTANT("important", false),
  KEY_ACCOUNT("keyAccount", false),
  CONTACT_NAME("contactName", false),
  PHONE("phone", true),
  EMAIL("email", false),
  ADDRESS("address", true),
  FEEDER("feeder", false),
  CUSTOMER_MANAGER("customerManager", false),
  EQUIPMENT_NAME("equipmentName", false),
  EQUIPMENT_MODEL("equipmentModel", false),
  EQUIPMENT_SERIAL_NO("equipmentSerialNo", false),
  INSTALLED_ON("installedOn", false),
  WARRANTY_END("warrantyEnd", false);

  private final String code;
  private final boolean required;

  ImportColumn(String code, boolean required) {
    this.code = code;
    this.required = required;
  }

  public String code() {
    return code;
  }

  public boolean required() {
    return required;
  }

  /** The bundle key of the column's title. */
  public String titleKey() {
    return "customerImport.column." + code;
  }

  /**
   * The column's title in that language, with {@code *} when it is required (the template's
   * header).
   */
  public String title(Locale locale) {
    return InvalidInput.bundle(locale).getString(titleKey()) + (required ? "*" : "");
  }

  /** The column a header cell names, if any. */
  public static Optional<ImportColumn> byHeader(String header) {
    return Optional.ofNullable(Aliases.ALL.get(normalise(header)));
  }

  /**
   * The column a problem of {@link CustomerRules} is about: its form field, with the equipment
   * line's fields ({@code equipment[0].name}) as the equipment columns.
   */
  public static Optional<ImportColumn> byField(String field) {
    String name =
        field.startsWith("equipment[")
            ? "equipment" + capitalise(field.substring(field.indexOf('.') + 1))
            : field;
    if (name.equals("equipmentInstalledOn")) {
      name = "installedOn";
    } else if (name.equals("equipmentWarrantyEnd")) {
      name = "warrantyEnd";
    }
    for (ImportColumn column : values()) {
      if (column.code.equals(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String normalise(String header) {
    String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).strip();
    if (s.endsWith("*")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  /** Codes and titles in both languages, read once. */
  private static final class Aliases {
    static final Map<String, ImportColumn> ALL = build();

    private static Map<String, ImportColumn> build() {
      Map<String, ImportColumn> all = new TreeMap<>();
      for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
        ResourceBundle bundle = InvalidInput.bundle(locale);
        for (ImportColumn column : values()) {
          all.put(normalise(bundle.getString(column.titleKey())), column);
        }
      }
      for (ImportColumn column : values()) {
        all.put(normalise(column.code), column);
      }
      return all;
    }
  }
}
