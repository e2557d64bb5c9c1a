package cn.gridservice.desk.customer.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file (RFC 4180: commas, quotes doubled inside quoted fields, line breaks inside
 * quotes) into rows. UTF-8 with or without the byte-order mark that Excel writes; a file that is
 * not UTF-8 is read as GB18030, what Excel on a Chinese Windows saves as "CSV".
 */
public final class CsvRows {

  static final Charset GB18030 = Charset.forName("GB18030");

  private CsvRows() {}

  /**
   * @param maxRows rows beyond this many stop the reading: the caller refuses the file
   */
  public static List<SheetRow> read(byte[] content, int maxRows) {
    return parse(decode(content), maxRows);
  }

  static String decode(byte[] content) {
    int start =
        content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, GB18030);
    }
  }

  static List<SheetRow> parse(String text, int maxRows) {
    List<SheetRow> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int number = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          cells.add(cell.toString().strip());
          cell.setLength(0);
          any = true;
        }
        case '\r', '\n' -> {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          if (any || cell.length() > 0) {
            cells.add(cell.toString().strip());
            rows.add(new SheetRow(number, List.copyOf(cells)));
          }
          cells.clear();
          cell.setLength(0);
          any = false;
          number++;
          if (rows.size() > maxRows) {
            return rows;
          }
        }
        default -> {
          cell.append(c);
          any = true;
        }
      }
    }
    if (any || cell.length() > 0) {
      cells.add(cell.toString().strip());
      rows.add(new SheetRow(number, List.copyOf(cells)));
    }
    return rows;
  }
}
