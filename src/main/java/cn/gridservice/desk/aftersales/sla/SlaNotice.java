package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.security.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * What the team leader is told about a step: it used the warning share of its limit, or it is
 * overdue.
 *
 * @param recipients the role whose members are told
 * @param stepName the task's name as the model writes it, Chinese then English (受理 Accept request)
 */
public record SlaNotice(
    Kind kind,
    Role recipients,
    String caseNo,
    String step,
    String stepName,
    String taskId,
    String limitRule,
    Integer warnPercent,
    Instant startedAt,
    Instant warnAt,
    Instant dueAt,
    boolean provisional) {

  public enum Kind {
    WARNING,
    OVERDUE
  }

  public SlaNotice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recipients, "recipients");
    Objects.requireNonNull(caseNo, "caseNo");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  /** The first warning: its share and its time instead of the second's. */
  static SlaNotice firstWarning(Role recipients, SlaRecord record, String stepName) {
    return new SlaNotice(
        Kind.WARNING,
        recipients,
        record.caseNo(),
        record.step(),
        stepName == null ? record.step() : stepName,
        record.taskId(),
        record.limitRule(),
        record.firstWarnPercent(),
        record.startedAt(),
        record.firstWarnAt(),
        record.dueAt(),
        record.provisional());
  }

  static SlaNotice of(Kind kind, Role recipients, SlaRecord record, String stepName) {
    return new SlaNotice(
        kind,
        recipients,
        record.caseNo(),
        record.step(),
        stepName == null ? record.step() : stepName,
        record.taskId(),
        record.limitRule(),
        record.warnPercent(),
        record.startedAt(),
        record.warnAt(),
        record.dueAt(),
        record.provisional());
  }
}
