package cn.gridservice.desk.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/** The working hours of every working day and the zone they are read in; one row, {@link #ID}. */
@Entity
@Table(name = "working_hours")
public class WorkingHours {

  public static final int ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "zone", nullable = false, length = 40)
  private String zone;

  // A time of day is no instant: bound as java.time directly, it escapes the UTC conversion that
  // hibernate.jdbc.time_zone applies, which would shift 08:30 by the server's offset via
  // java.sql.Time.
  @JdbcType(LocalTimeJdbcType.class)
  @Column(name = "morning_start", nullable = false)
  private LocalTime morningStart;

  @JdbcType(LocalTimeJdbcType.class)
  @Column(name = "morning_end", nullable = false)
  private LocalTime morningEnd;

  @JdbcType(LocalTimeJdbcType.class)
  @Column(name = "afternoon_start", nullable = false)
  private LocalTime afternoonStart;

  @JdbcType(LocalTimeJdbcType.class)
  @Column(name = "afternoon_end", nullable = false)
  private LocalTime afternoonEnd;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected WorkingHours() {}

  public WorkingHours(ZoneId zone, DailyHours hours) {
    this.id = ID;
    change(zone, hours);
  }

  public void change(ZoneId zone, DailyHours hours) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(hours, "hours");
    if (zone.getId().length() > 40) {
      throw new IllegalArgumentException("zone id longer than 40 characters: " + zone.getId());
    }
    // TIME columns keep whole seconds; anything finer would not read back as written
    for (LocalTime time :
        new LocalTime[] {
          hours.morningStart(), hours.morningEnd(), hours.afternoonStart(), hours.afternoonEnd()
        }) {
      if (time.getNano() != 0) {
        throw new IllegalArgumentException("working hours are kept to the second: " + time);
      }
    }
    this.zone = zone.getId();
    this.morningStart = hours.morningStart();
    this.morningEnd = hours.morningEnd();
    this.afternoonStart = hours.afternoonStart();
    this.afternoonEnd = hours.afternoonEnd();
  }

  public int id() {
    return id;
  }

  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  public DailyHours hours() {
    return new DailyHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingHours other && id == other.id;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(id);
  }

  @Override
  public String toString() {
    return zone
        + " "
        + morningStart
        + "–"
        + morningEnd
        + ", "
        + afternoonStart
        + "–"
        + afternoonEnd;
  }
}
