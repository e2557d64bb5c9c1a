package cn.gridservice.desk.calendar.web;

import cn.gridservice.desk.calendar.application.CalendarYearView;
import cn.gridservice.desk.calendar.application.WorkingCalendarService;
import cn.gridservice.desk.calendar.domain.DayKind;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The administrator's page for a year's days off and make-up working days. */
@Named
@ViewScoped
public class CalendarAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WorkingCalendarService calendar;

  @Inject CurrentUser user;

  /** One editable line of the table. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate date;
    private DayKind kind = DayKind.DAY_OFF;
    private String name;

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public DayKind getKind() {
      return kind;
    }

    public void setKind(DayKind kind) {
      this.kind = kind;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  private int year = LocalDate.now(Times.BUSINESS_ZONE).getYear();
  private CalendarYearView view;
  private List<Row> rows;
  private String source;

  public void load() {
    view = calendar.year(year);
    source = view.source();
    rows = new ArrayList<>();
    for (CalendarYearView.Entry e : view.entries()) {
      Row row = new Row();
      row.setDate(e.date());
      row.setKind(e.kind());
      row.setName(e.name());
      rows.add(row);
    }
  }

  public void addRow() {
    Row row = new Row();
    row.setDate(LocalDate.of(year, 1, 1));
    rows.add(row);
  }

  public void removeRow(Row row) {
    rows.remove(row);
  }

  public void save() {
    List<CalendarYearView.Entry> entries =
        rows.stream()
            .map(r -> new CalendarYearView.Entry(r.getDate(), r.getKind(), r.getName(), null))
            .toList();
    try {
      WorkingCalendarService.YearSaved saved =
          calendar.replaceYear(year, source, entries, user.userId());
      Messages.info(
          "calendar.saved",
          saved.year(),
          saved.entries(),
          saved.timersRecalculated(),
          saved.tasksMoved());
      load();
    } catch (InvalidInput e) {
      Messages.invalid("calendar.invalid", e);
    }
  }

  public DayKind[] getKinds() {
    return DayKind.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public CalendarYearView getView() {
    if (view == null) {
      load();
    }
    return view;
  }

  public List<Row> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
