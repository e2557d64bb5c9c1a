package cn.gridservice.desk.customer.admin;

import cn.gridservice.desk.platform.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import with at least one bad row: nothing was stored. The report names every problem by row,
 * column and message, in the reader's language.
 */
public class ImportRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** At most this many lines are reported; a file with more problems is usually the wrong file. */
  public static final int MAX_REPORTED = 1000;

  /** One line of the report. */
  public record RowProblem(int row, String column, String message) {}

  /** The problems of one row: which header cell each field was read from. */
  record RowProblems(int row, InvalidInput problems, Map<ImportColumn, String> headers) {}

  private final List<RowProblems> rows;
  private final int rowsRead;

  ImportRefused(List<RowProblems> rows, int rowsRead) {
    super(rows.size() + " of " + rowsRead + " rows have problems; nothing was imported");
    this.rows = List.copyOf(rows);
    this.rowsRead = rowsRead;
  }

  /** How many data rows the file had. */
  public int rowsRead() {
    return rowsRead;
  }

  /** How many rows have problems. */
  public int badRows() {
    return rows.size();
  }

  public List<RowProblem> report(Locale locale) {
    List<RowProblem> report = new ArrayList<>();
    for (RowProblems row : rows) {
      for (Map.Entry<String, String> problem : row.problems().fields(locale).entrySet()) {
        if (report.size() >= MAX_REPORTED) {
          return report;
        }
        String column =
            ImportColumn.byField(problem.getKey())
                .map(c -> row.headers().getOrDefault(c, c.title(locale)))
                .orElse(problem.getKey());
        report.add(new RowProblem(row.row(), column, problem.getValue()));
      }
    }
    return report;
  }
}
