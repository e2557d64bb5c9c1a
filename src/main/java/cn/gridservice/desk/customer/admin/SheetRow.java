package cn.gridservice.desk.customer.admin;

import java.util.List;

/**
 * One row of an uploaded sheet: its number as the spreadsheet program shows it (the header is row
 * 1) and its cells as text (trimmed; empty for a blank cell).
 */
public record SheetRow(int number, List<String> cells) {

  public String cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }

  public boolean isBlank() {
    return cells.stream().allMatch(String::isEmpty);
  }
}
