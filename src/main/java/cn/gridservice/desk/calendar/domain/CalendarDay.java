package cn.gridservice.desk.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

/**
 * One announced date: a day off, or a weekend day worked to make up for one (调休上班), with the
 * holiday it belongs to. It counts only once its year is published ({@link CalendarYear}).
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(
    name = "CalendarDay.between",
    query = "SELECT d FROM CalendarDay d WHERE d.day BETWEEN :from AND :to ORDER BY d.day")
public class CalendarDay {

  // A calendar date is no instant. Hibernate 6.6 already leaves DATE alone under
  // hibernate.jdbc.time_zone
  // (TIME it shifts, see WorkingHours); binding java.time directly keeps it so across upgrades.
  @Id
  @JdbcType(LocalDateJdbcType.class)
  @Column(name = "calendar_date")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private DayKind kind;

  /** The holiday as the notice names it, e.g. 春节; make-up days carry the holiday they serve. */
  @Column(name = "holiday_name", nullable = false, length = 100)
  private String holidayName;

  @Column(name = "source", length = 300)
  private String source;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, DayKind kind, String holidayName, String source) {
    this.day = Objects.requireNonNull(day, "day");
    if (day.getYear() < CalendarYear.FIRST_YEAR || day.getYear() > CalendarYear.LAST_YEAR) {
      throw new IllegalArgumentException("date out of range: " + day);
    }
    change(kind, holidayName, source);
  }

  /** Corrects the entry; the date is its identity and stays. */
  public void change(DayKind kind, String holidayName, String source) {
    Objects.requireNonNull(kind, "kind");
    // a make-up day on a weekday would change nothing and is most likely a mistyped date
    if (kind == DayKind.MAKEUP_WORKDAY && !isWeekend(day)) {
      throw new IllegalArgumentException(
          "a make-up working day must be a Saturday or Sunday: "
              + day
              + " is a "
              + day.getDayOfWeek());
    }
    this.kind = kind;
    this.holidayName = Texts.required(holidayName, "holidayName", 100);
    this.source = Texts.optional(source, "source", 300);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  public LocalDate day() {
    return day;
  }

  public DayKind kind() {
    return kind;
  }

  public String holidayName() {
    return holidayName;
  }

  public String source() {
    return source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CalendarDay other && Objects.equals(day, other.day);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(day);
  }

  @Override
  public String toString() {
    return day + " " + kind + " " + holidayName;
  }
}
