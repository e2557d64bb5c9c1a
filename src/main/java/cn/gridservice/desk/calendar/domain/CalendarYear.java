package cn.gridservice.desk.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Whether a year's days off and make-up working days are official. Without a published row the year
 * is provisional: Monday to Friday count as working days and its {@link CalendarDay} rows are
 * ignored.
 */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = "CalendarYear.all", query = "SELECT y FROM CalendarYear y ORDER BY y.year")
@NamedQuery(
    name = "CalendarYear.publishedYears",
    query = "SELECT y.year FROM CalendarYear y WHERE y.published = TRUE")
public class CalendarYear {

  // the national holiday rules date from 1949; four digits keep every date of the year valid in SQL
  static final int FIRST_YEAR = 1949;
  static final int LAST_YEAR = 9999;

  @Id
  @Column(name = "year_no")
  private int year;

  @Column(name = "published", nullable = false)
  private boolean published;

  /** The notice the dates come from, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
  @Column(name = "source", length = 300)
  private String source;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CalendarYear() {}

  public CalendarYear(int year, boolean published, String source, String updatedBy) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "year must lie between " + FIRST_YEAR + " and " + LAST_YEAR + ": " + year);
    }
    this.year = year;
    this.published = published;
    this.source = Texts.optional(source, "source", 300);
    touch(updatedBy);
  }

  /** The year's dates become official; deadlines over it are no longer provisional. */
  public void publish(String source, String updatedBy) {
    this.source = Texts.optional(source, "source", 300);
    this.published = true;
    touch(updatedBy);
  }

  /** Back to provisional, e.g. while a wrong entry is corrected: weekends only for this year. */
  public void unpublish(String updatedBy) {
    this.published = false;
    touch(updatedBy);
  }

  private void touch(String updatedBy) {
    this.updatedBy = Texts.required(updatedBy, "updatedBy", 64);
    // the column keeps microseconds; the entity holds what will be read back
    this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public int year() {
    return year;
  }

  public boolean published() {
    return published;
  }

  public String source() {
    return source;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CalendarYear other && year == other.year;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(year);
  }

  @Override
  public String toString() {
    return year + (published ? " published" : " provisional");
  }
}
