package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.security.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * What staff are told about a complaint: a limit is near (warning), a limit was breached, or the
 * complaint reached level 3.
 *
 * @param limit the limit concerned; null for a level-3 notice
 * @param percent the share of the limit used, for a warning
 */
public record ComplaintNotice(
    Kind kind,
    Role recipients,
    String complaintNo,
    Grade grade,
    int escalationLevel,
    ComplaintLimit limit,
    Integer percent,
    Instant dueAt,
    String cause) {

  public enum Kind {
    WARNING,
    BREACH,
    LEVEL_3
  }

  public ComplaintNotice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recipients, "recipients");
    Objects.requireNonNull(complaintNo, "complaintNo");
  }
}
